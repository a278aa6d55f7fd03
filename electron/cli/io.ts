/** Where the `factmark` command writes: the real process's streams, or a test's. */
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
}
