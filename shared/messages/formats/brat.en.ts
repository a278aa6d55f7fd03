/**
 * The English messages of the brat standoff format (shared/formats/brat*.ts): refusals name the
 * line of the .ann file and what is wrong; warnings say what was read but not kept. Quoted parts
 * of the file are shortened and stripped of control characters by the parser before they get here.
 */
export const bratEn = {
  /** Refusals: the .ann file is not read at all. */
  refuse: {
    unknownLine: (p: { line: number; start: string }) =>
      `Line ${p.line} of the .ann file is not a brat annotation: it starts with “${p.start}”, where brat expects T, R, E, A, M, N, # or *.`,
    badTextBound: (p: { line: number }) =>
      `Line ${p.line} of the .ann file is not a text annotation of the form “T1 <tab> Type start end <tab> text”.`,
    badOffsets: (p: { line: number; span: string }) =>
      `Line ${p.line} of the .ann file has the span “${p.span}”, which is not two offsets with the start before the end.`,
    pastEnd: (p: { line: number; end: number; length: number }) =>
      `Line ${p.line} of the .ann file has a span ending at ${p.end}, past the end of the text (${p.length} characters).`,
    textMismatch: (p: { line: number; ann: string; txt: string }) =>
      `Line ${p.line} of the .ann file gives the text “${p.ann}”, but the .txt has “${p.txt}” at its offsets.`,
    badRelation: (p: { line: number }) =>
      `Line ${p.line} of the .ann file is not a relation of the form “R1 <tab> Type Arg1:T1 Arg2:T2”.`,
    badAttribute: (p: { line: number }) =>
      `Line ${p.line} of the .ann file is not an attribute of the form “A1 <tab> Name T1 value”.`,
    badNote: (p: { line: number }) =>
      `Line ${p.line} of the .ann file is not a note of the form “#1 <tab> AnnotatorNotes T1 <tab> text”.`,
    badNormalization: (p: { line: number }) =>
      `Line ${p.line} of the .ann file is not a normalisation of the form “N1 <tab> Reference T1 Base:Id <tab> text”.`,
    badOther: (p: { line: number }) => `Line ${p.line} of the .ann file is not an event or an equivalence brat can read.`,
    missingId: (p: { line: number; id: string }) => `Line ${p.line} of the .ann file names “${p.id}”, which is no annotation of the file.`,
    duplicateId: (p: { line: number; id: string }) => `Line ${p.line} of the .ann file uses the id “${p.id}” a second time.`
  },
  /** Warnings: the file is read; this part of it is not kept as it was. */
  warn: {
    discontinuous: (p: { id: string; pieces: number }) =>
      `${p.id} is in ${p.pieces} pieces; a Factmark tag covers one stretch of text, so it covers from its first piece to its last.`,
    unknownType: (p: { type: string; count: number }) =>
      p.count === 1
        ? `One annotation of the brat type “${p.type}” was imported as an entity of type Other; its note names the type.`
        : `${p.count} annotations of the brat type “${p.type}” were imported as entities of type Other; their notes name the type.`,
    eventLeftOut: (p: { id: string }) => `The event ${p.id} was left out: Factmark has no events (its trigger is imported as a tag).`,
    notOnText: (p: { id: string; target: string }) => `${p.id} was left out: it is on ${p.target}, which is not a text annotation.`,
    unknownAttribute: (p: { id: string; name: string }) => `The attribute “${p.name}” of ${p.id} was left out: Factmark has no such field.`,
    badAttributeValue: (p: { id: string; name: string; value: string }) =>
      `The attribute “${p.name}” of ${p.id} was left out: “${p.value}” is not one of its values.`,
    unknownNote: (p: { id: string; type: string }) => `The note ${p.id} (“${p.type}”) was left out: Factmark has no such field.`,
    unknownRelation: (p: { id: string; type: string }) =>
      `The relation ${p.id} (“${p.type}”) was left out: Factmark links claims to sources and entities, and mentions to their entity.`,
    wrongKinds: (p: { id: string; type: string }) =>
      `The relation ${p.id} (“${p.type}”) was left out: its arguments are not of the kinds such a link joins.`,
    equivalenceLeftOut: (p: { line: number }) => `The equivalence on line ${p.line} was left out: only entities can be mentions of one another.`,
    normalizationLeftOut: (p: { id: string }) => `The normalisation ${p.id} was left out: only entities have an identifier.`,
    noSourceText: () =>
      'The .ann file came without its .txt and its offsets do not match the article: each annotation is placed by its text alone.',
    differentText: () =>
      'The .txt differs from the article’s text beyond blank space: annotations are placed by their text and its context.'
  },
  /** The note of an entity imported from a brat type Factmark does not have. */
  typeNote: (p: { type: string }) => `brat type: ${p.type}`
}
