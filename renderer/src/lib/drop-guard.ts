// A file dropped anywhere on the page must never make the window navigate to it (in Electron that
// would replace the editor with the file). Drop targets inside the editor handle their own drops
// before the event bubbles up here; this only stops the browser's default.
export function preventFileDropNavigation(target: Window = window): void {
  const stop = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  target.addEventListener('dragover', stop);
  target.addEventListener('drop', stop);
}
