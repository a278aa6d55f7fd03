/** The French messages of the brat standoff format; see brat.en.ts. */
import type { bratEn } from './brat.en'

export const bratFr: typeof bratEn = {
  refuse: {
    unknownLine: (p) =>
      `La ligne ${p.line} du fichier .ann n’est pas une annotation brat : elle commence par « ${p.start} », là où brat attend T, R, E, A, M, N, # ou *.`,
    badTextBound: (p) =>
      `La ligne ${p.line} du fichier .ann n’est pas une annotation de texte de la forme « T1 <tab> Type début fin <tab> texte ».`,
    badOffsets: (p) =>
      `La ligne ${p.line} du fichier .ann a pour étendue « ${p.span} », qui n’est pas formée de deux positions dont le début précède la fin.`,
    pastEnd: (p) =>
      `La ligne ${p.line} du fichier .ann a une étendue qui finit à ${p.end}, au-delà de la fin du texte (${p.length} caractères).`,
    textMismatch: (p) =>
      `La ligne ${p.line} du fichier .ann donne le texte « ${p.ann} », mais le .txt a « ${p.txt} » à ces positions.`,
    badRelation: (p) => `La ligne ${p.line} du fichier .ann n’est pas une relation de la forme « R1 <tab> Type Arg1:T1 Arg2:T2 ».`,
    badAttribute: (p) => `La ligne ${p.line} du fichier .ann n’est pas un attribut de la forme « A1 <tab> Nom T1 valeur ».`,
    badNote: (p) => `La ligne ${p.line} du fichier .ann n’est pas une note de la forme « #1 <tab> AnnotatorNotes T1 <tab> texte ».`,
    badNormalization: (p) =>
      `La ligne ${p.line} du fichier .ann n’est pas une normalisation de la forme « N1 <tab> Reference T1 Base:Id <tab> texte ».`,
    badOther: (p) => `La ligne ${p.line} du fichier .ann n’est ni un événement ni une équivalence que brat sait lire.`,
    missingId: (p) => `La ligne ${p.line} du fichier .ann nomme « ${p.id} », qui n’est aucune annotation du fichier.`,
    duplicateId: (p) => `La ligne ${p.line} du fichier .ann emploie l’identifiant « ${p.id} » une seconde fois.`
  },
  warn: {
    discontinuous: (p) =>
      `${p.id} est en ${p.pieces} morceaux ; une étiquette Factmark couvre un seul passage du texte : elle va donc de son premier morceau à son dernier.`,
    unknownType: (p) =>
      p.count === 1
        ? `Une annotation du type brat « ${p.type} » a été importée comme entité de type Autre ; sa note nomme le type.`
        : `${p.count} annotations du type brat « ${p.type} » ont été importées comme entités de type Autre ; leurs notes nomment le type.`,
    eventLeftOut: (p) => `L’événement ${p.id} a été laissé de côté : Factmark n’a pas d’événements (son déclencheur est importé comme étiquette).`,
    notOnText: (p) => `${p.id} a été laissé de côté : il porte sur ${p.target}, qui n’est pas une annotation de texte.`,
    unknownAttribute: (p) => `L’attribut « ${p.name} » de ${p.id} a été laissé de côté : Factmark n’a pas ce champ.`,
    badAttributeValue: (p) => `L’attribut « ${p.name} » de ${p.id} a été laissé de côté : « ${p.value} » n’est pas l’une de ses valeurs.`,
    unknownNote: (p) => `La note ${p.id} (« ${p.type} ») a été laissée de côté : Factmark n’a pas ce champ.`,
    unknownRelation: (p) =>
      `La relation ${p.id} (« ${p.type} ») a été laissée de côté : Factmark relie les affirmations aux sources et aux entités, et les mentions à leur entité.`,
    wrongKinds: (p) => `La relation ${p.id} (« ${p.type} ») a été laissée de côté : ses arguments ne sont pas des sortes qu’un tel lien relie.`,
    equivalenceLeftOut: (p) =>
      `L’équivalence de la ligne ${p.line} a été laissée de côté : seules des entités peuvent être des mentions les unes des autres.`,
    normalizationLeftOut: (p) => `La normalisation ${p.id} a été laissée de côté : seules les entités ont un identifiant.`,
    noSourceText: () =>
      'Le fichier .ann est arrivé sans son .txt et ses positions ne correspondent pas à l’article : chaque annotation est placée d’après son seul texte.',
    differentText: () =>
      'Le .txt diffère du texte de l’article au-delà des blancs : les annotations sont placées d’après leur texte et son contexte.'
  },
  typeNote: (p) => `type brat : ${p.type}`
}
