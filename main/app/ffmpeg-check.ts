// Whether ffmpeg can be run, asked once and remembered: a working ffmpeg stays working, a missing one
// is looked for again after a few seconds (a user who installs it while Kinora runs is seen within
// seconds, without spawning ffmpeg on every call).
import { checkFfmpeg, type ToolStatus } from '../media/ffmpeg-path';

const FFMPEG_RECHECK_MS = 5000;

export class FfmpegCheck {
  private last: { status: Promise<ToolStatus>; checkedAt: number } | null = null;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  status(): Promise<ToolStatus> {
    const cached = this.last;
    if (cached && Date.now() - cached.checkedAt < FFMPEG_RECHECK_MS) return cached.status;
    const status = checkFfmpeg(this.env);
    const entry = { status, checkedAt: Date.now() };
    void status.then((s) => {
      if (s.ok) entry.checkedAt = Number.POSITIVE_INFINITY;
    });
    this.last = entry;
    return status;
  }
}
