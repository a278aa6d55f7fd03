/**
 * The `factmark` command's exit codes, documented in `factmark --help` and README:
 * 0 done; 1 a tag file is damaged, unreadable, from a newer Factmark or could not be written
 * (and, for export and import, an output that could not be written); 2 bad usage (no such
 * article or file, an unknown option, command, format or property, no or several tag files to
 * choose from); 3 the file to import is malformed or of no format Factmark reads (the sentence
 * names the line or field); 4 the export was refused because the format's requirements are not
 * met (each missing thing on stderr; nothing written).
 */
export const EXIT_OK = 0
export const EXIT_TAG_FILE_PROBLEM = 1
export const EXIT_USAGE = 2
export const EXIT_MALFORMED_INPUT = 3
export const EXIT_EXPORT_REFUSED = 4
