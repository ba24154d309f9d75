/** Long enough for any browser to have started reading the download before its URL goes. */
const REVOKE_AFTER_MS = 40_000;

/** Hands a file made in the page to the browser as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
