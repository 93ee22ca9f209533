// Files chosen in a form (a document of the person, a screenshot of an
// attempt), read into bytes for the Rust side.

/** Largest file offered to the Rust side (it refuses more too). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The file's bytes (FileReader: available in every webview and in tests). */
export function readBytes(file: File): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Array.from(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
