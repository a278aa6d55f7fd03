/** Folds text for filtering a list as people type: case and accents ignored ("coree" finds "Corée"). */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}
