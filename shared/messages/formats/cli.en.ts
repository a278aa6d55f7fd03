/**
 * The English messages of `factmark export` and `factmark import` (electron/cli/export.ts,
 * import.ts): the `formats.cli` area of the catalogue. cli.fr.ts has the same shape in French.
 */
import type { AnchoredCounts } from '../../sidecar'
import { numberFormatFor, pluralFor } from '../locale'

const plural = pluralFor<'one' | 'other'>('en-GB')
const count = numberFormatFor('en-GB')
const tags = (n: number) => `${count(n)} ${plural(n, { one: 'tag', other: 'tags' })}`
const known = (list: string) => (list ? `Factmark reads: ${list}` : 'no such format is available in this Factmark yet')
const writes = (list: string) => (list ? `Factmark writes: ${list}` : 'no such format is available in this Factmark yet')

export const cliEn = {
  /** Appended to `factmark --help`: the two commands and their exit codes. */
  moreCommands: `
More commands:
  export <article> --format <format> [--out FILE] [--property name=value]… [--as "Name"]
                            Write an annotator's tags in another format (factmark export --help).
  import <article> <file> [--format <format>] [--as "Name"]
                            Merge another tool's annotations into your tag file (factmark import
                            --help).

Exit codes of export and import also: 3 the file to import is malformed or of a format Factmark
does not read; 4 the export was refused (what the format needs is missing, on stderr).
`,
  exportUsage: 'Usage: factmark export <article> --format <format> [--out FILE] [--property name=value]… [--as "Name"]    (factmark export --help for more)',
  importUsage: 'Usage: factmark import <article> <file> [--format <format>] [--as "Name"]    (factmark import --help for more)',
  exportHelp: (p: { formats: string; properties: string }) => `Usage: factmark export <article> --format ${p.formats} [--out FILE]
       [--property name=value]… [--as "Name"]

Writes one annotator's tags on <article> in another format, from what the app would show: the
article's text as that annotator sees it (their corrected text when made from this very file),
the tags re-attached to it as the app does when it opens the article (the tag file itself is not
written; tags that need review are named on stderr) and the document properties of the tag file.
Labels are in the article's language (the "language" property: French or English).

Which tag file: the one of --as "Name"; else the one of the app's annotator on this machine (its
settings; FACTMARK_USER_DATA names another settings folder), else of the system user; and when
they have none and there is exactly one tag file beside the article, that one. When none or
several match, the command says which there are.

Options:
  --format <format>        ${p.formats}
  --out FILE               Write to FILE (durably: a temp file renamed into place). A format of
                           several files (brat: .ann and .txt) writes the first to FILE and each
                           other one beside it with its own extension (out.ann, out.txt).
                           Without --out, a format of one file is printed on stdout; one of
                           several needs --out.
  --property name=value    Set a document property for this export only (repeatable); names:
                           ${p.properties}.
  --as "Name"              Export the tags of the annotator of that name.
  -h, --help               Show this help.

Before writing, the format checks what it needs (e.g. ClaimReview: the fact-check's URL and a
rating for each rated claim); anything missing is listed on stderr and nothing is written.

Exit codes: 0 written; 1 the tag file is damaged, unreadable or from a newer Factmark, or the
output could not be written; 2 bad usage (no such article, an unknown format, option or property,
no or several tag files to choose from); 4 refused: what the format needs is missing.
`,
  importHelp: (p: { formats: string }) => `Usage: factmark import <article> <file> [--format ${p.formats}] [--as "Name"]

Reads the annotations of another tool from <file> and merges them into the importing annotator's
tag file beside <article>, each placed in the article's text by its quote and context, as the app
re-attaches tags (one whose text is not found is kept as needing review). Imported tags keep their
own authors and dates. Importing the same file again adds nothing.

The importing annotator: --as "Name"; else the app's annotator on this machine (its settings;
FACTMARK_USER_DATA names another settings folder); else the system user's name. When they have no
tag file for the article yet, one is made (under the app's annotator id when it is them, else
under an id derived from the name). The tag file is saved as the app saves it: a temp file,
fsynced and renamed into place, with a backup, so an interrupted import leaves it as it was or
complete.

Options:
  --format <format>   ${p.formats}; by default, recognised from the file's content. For brat,
                      the .txt beside the .ann is the text its offsets count into.
  --as "Name"         Import as the annotator of that name.
  -h, --help          Show this help.

Exit codes: 0 imported (or nothing new); 1 the tag file is damaged, unreadable, from a newer
Factmark or could not be written (it is left as it was); 2 bad usage (no such article or file, an
unknown format or option); 3 the file is malformed (the line or field is named) or of no format
Factmark reads.
`,
  unknownExportOption: (p: { option: string }) => `unknown option “${p.option}” for export.`,
  unknownImportOption: (p: { option: string }) => `unknown option “${p.option}” for import.`,
  optionNeedsValue: (p: { option: string }) => `${p.option} needs a value.`,
  noArticleToExport: 'export needs the article whose tags to export.',
  importNeedsTwo: 'import needs the article and the file to import.',
  tooManyArguments: (p: { command: string; count: number }) => `${p.command} was given ${count(p.count)} files, more than it takes.`,
  noFormat: 'export needs --format.',
  unknownExportFormat: (p: { format: string; known: string }) => `unknown format “${p.format}” for export; ${writes(p.known)}.`,
  unknownImportFormat: (p: { format: string; known: string }) => `unknown format “${p.format}” for import; ${known(p.known)}.`,
  unknownProperty: (p: { name: string; names: string }) => `unknown property “${p.name}”; the properties are ${p.names}.`,
  propertyNeedsValue: (p: { name: string }) => `--property ${p.name} needs a value: --property ${p.name}=…`,
  badProperty: (p: { name: string; value: string }) => `“${p.value}” is not a valid ${p.name} (too long, or not in the expected form: a date is YYYY-MM-DD, a language like fr or en-GB).`,
  severalTagFiles: (p: { files: readonly string[] }) => `several tag files match (${p.files.join(', ')}); none was chosen.`,
  noTagFileToExport: (p: { article: string }) => `there is no tag file beside ${p.article}: nothing to export.`,
  noTagFileOf: (p: { name: string | null; article: string; names: readonly string[] }) =>
    `${p.name === null ? 'no annotator was given' : `there is no tag file of “${p.name}” beside ${p.article}`}; tag files there are by ${p.names.map((n) => `“${n}”`).join(', ')}: choose one with --as "Name".`,
  exportNeedsReview: (p: { id: string; quote: string }) => `the tag ${p.id} (“${p.quote}”) needs review: its text was not found in the article; it is exported where it was.`,
  exportRefused: (p: { format: string; problems: number }) =>
    `nothing was written: ${p.format} needs what is missing above (${count(p.problems)} ${plural(p.problems, { one: 'problem', other: 'problems' })}).`,
  needsOut: (p: { format: string; files: number }) => `${p.format} writes ${count(p.files)} files: name the first with --out FILE.`,
  outWouldReplace: (p: { file: string }) => `--out would replace ${p.file}, the article or one of its tag files.`,
  outputNotWritten: (p: { path: string; reason: string }) => `${p.path} was not written: ${p.reason}`,
  exportWritten: (p: { format: string; tags: number; name: string; files: readonly string[] }) =>
    `${p.format}: ${tags(p.tags)} of ${p.name} written to ${p.files.join(', ')}\n`,
  inputTooLarge: 'it is larger than Factmark reads (100 MB).',
  inputUnreadable: (p: { file: string; reason: string }) => `${p.file} could not be read: ${p.reason}`,
  formatNotRecognised: (p: { file: string; known: string }) =>
    `${p.file} is not in a format Factmark recognises (${known(p.known)}); if it is one, say which with --format.`,
  noImporter: 'no annotator to import as: give --as "Name".',
  emptyArticle: (p: { article: string }) => `${p.article} has no text to place annotations in.`,
  malformedInput: (p: { file: string; format: string; message: string }) => `${p.file} cannot be imported as ${p.format}: ${p.message}`,
  warning: (p: { sentence: string }) => `warning: ${p.sentence}`,
  /** What an import did; `tagFile` null when nothing was written and there is no tag file. */
  importSummary: (p: {
    file: string
    format: string
    tagFile: string | null
    name: string
    added: number
    alreadyThere: number
    counts: AnchoredCounts
    warnings: number
    review: readonly { id: string; quote: string }[]
    written: boolean
  }) => {
    const lines = [
      `${p.file} (${p.format}) into ${p.tagFile ?? 'no tag file'} of ${p.name}: ${count(p.added)} new ${plural(p.added, { one: 'tag', other: 'tags' })}, ${count(p.alreadyThere)} already there${p.written ? '. Written.' : ', nothing written.'}`
    ]
    if (p.added > 0) {
      const { attached, moved, changed, needsReview } = p.counts
      lines.push(`New tags: attached ${count(attached)}, re-attached ${count(moved)}, changed ${count(changed)}, need review ${count(needsReview)}`)
    }
    if (p.warnings > 0) lines.push(`${count(p.warnings)} ${plural(p.warnings, { one: 'warning', other: 'warnings' })} on stderr.`)
    if (p.review.length > 0) {
      lines.push('Need review, their text was not found in the article:')
      for (const tag of p.review) lines.push(`  “${tag.quote}”  ${tag.id}`)
    }
    return `${lines.join('\n')}\n`
  }
}
