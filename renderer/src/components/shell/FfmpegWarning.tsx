// A persistent warning: without ffmpeg nothing can be encoded.
export function FfmpegWarning({ message }: { message: string }) {
  return (
    <div className="banner banner-warning" role="alert" data-testid="ffmpeg-warning">
      <svg className="banner-icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2 1 18h18L10 2zm0 5v5m0 2.5v.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" strokeLinecap="round" />
      </svg>
      <span className="banner-text">{message}</span>
    </div>
  );
}
