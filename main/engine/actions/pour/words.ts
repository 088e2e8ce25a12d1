// How prompts say a liquid is poured.
export const POUR = ['pours', 'pour', 'poured', 'pouring', 'is poured', 'fills', 'fill', 'filled', 'filling', 'tops up', 'refills', 'decants'];
