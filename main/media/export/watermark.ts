// The visible "made with Kinora" mark, drawn by ffmpeg's drawtext in the bottom-right corner. The font
// is a bold sans the system already has (Debian's DejaVu, macOS's and Windows' Arial); where none of
// those exist drawtext asks fontconfig for a sans face.
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { ApiError } from '../../contract/errors';
import { filterNumber, filterValue } from './filter-text';

export const WATERMARK_TEXT = 'made with Kinora';

const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];

async function findFont(): Promise<string | null> {
  for (const candidate of FONT_CANDIDATES) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // Not on this system; try the next.
    }
  }
  return null;
}

const drawtextChecks = new Map<string, Promise<boolean>>();

// Whether this ffmpeg was built with drawtext (it needs libfreetype); asked once per binary.
export function hasDrawtext(ffmpegPath: string): Promise<boolean> {
  let check = drawtextChecks.get(ffmpegPath);
  if (!check) {
    check = new Promise((resolve) => {
      execFile(ffmpegPath, ['-hide_banner', '-filters'], { maxBuffer: 4 * 1024 * 1024 }, (error, stdout) => {
        resolve(!error && /^\s*\S+\s+drawtext\s/m.test(stdout));
      });
    });
    drawtextChecks.set(ffmpegPath, check);
  }
  return check;
}

// The drawtext filter for a picture of this height: text about 3.5% of the height, inset from the
// corner by about as much, white with a soft shadow so it reads on light and dark pictures alike.
export async function watermarkFilter(ffmpegPath: string, height: number): Promise<string> {
  if (!(await hasDrawtext(ffmpegPath))) {
    throw new ApiError(
      'ffmpeg_missing',
      `The ffmpeg Kinora uses cannot draw text (it was built without drawtext), so the "${WATERMARK_TEXT}" mark cannot be added. Turn the mark off, or install an ffmpeg built with freetype (Debian/Ubuntu: apt-get install ffmpeg).`,
    );
  }
  const fontSize = Math.max(12, Math.round(height * 0.035));
  const margin = Math.max(8, Math.round(height * 0.03));
  const shadow = Math.max(1, Math.round(fontSize / 16));
  const font = await findFont();
  const options = [
    font ? `fontfile=${filterValue(font)}` : `font=${filterValue('Sans:style=Bold')}`,
    `text=${filterValue(WATERMARK_TEXT)}`,
    `fontsize=${filterNumber(fontSize)}`,
    'fontcolor=white@0.85',
    'shadowcolor=black@0.55',
    `shadowx=${shadow}`,
    `shadowy=${shadow}`,
    `x=w-tw-${margin}`,
    `y=h-th-${margin}`,
  ];
  return `drawtext=${options.join(':')}`;
}
