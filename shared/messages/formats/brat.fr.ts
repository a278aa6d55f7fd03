/** The French messages of the brat standoff format; see brat.en.ts. */
import type { bratEn } from './brat.en'

export const bratFr: typeof bratEn = {
  refuse: {
    unknownLine: (p) =>
      `La ligne ${p.line} du fichier .ann n’est pas une annotation brat\u00a0: elle commence par «\u00a0${p.start}\u00a0», là où brat attend T, R, E, A, M, N, # ou *.`,
    badTextBound: (p) =>
      `La ligne ${p.line} du fichier .ann n’est pas une annotation de texte de la forme «\u00a0T1 <tab> Type début fin <tab> texte\u00a0».`,
    badOffsets: (p) =>
      `La ligne ${p.line} du fichier .ann a pour étendue «\u00a0${p.span}\u00a0», qui n’est pas formée de deux positions dont le début précède la fin.`,
    pastEnd: (p) =>
      `La ligne ${p.line} du fichier .ann a une étendue qui finit à ${p.end}, au-delà de la fin du texte (${p.length} caractères).`,
    textMismatch: (p) =>
      `La ligne ${p.line} du fichier .ann donne le texte «\u00a0${p.ann}\u00a0», mais le .txt a «\u00a0${p.txt}\u00a0» à ces positions.`,
    badRelation: (p) => `La ligne ${p.line} du fichier .ann n’est pas une relation de la forme «\u00a0R1 <tab> Type Arg1:T1 Arg2:T2\u00a0».`,
    badAttribute: (p) => `La ligne ${p.line} du fichier .ann n’est pas un attribut de la forme «\u00a0A1 <tab> Nom T1 valeur\u00a0».`,
    badNote: (p) => `La ligne ${p.line} du fichier .ann n’est pas une note de la forme «\u00a0#1 <tab> AnnotatorNotes T1 <tab> texte\u00a0».`,
    badNormalization: (p) =>
      `La ligne ${p.line} du fichier .ann n’est pas une normalisation de la forme «\u00a0N1 <tab> Reference T1 Base:Id <tab> texte\u00a0».`,
    badOther: (p) => `La ligne ${p.line} du fichier .ann n’est ni un événement ni une équivalence que brat sait lire.`,
    missingId: (p) => `La ligne ${p.line} du fichier .ann nomme «\u00a0${p.id}\u00a0», qui n’est aucune annotation du fichier.`,
    duplicateId: (p) => `La ligne ${p.line} du fichier .ann emploie l’identifiant «\u00a0${p.id}\u00a0» une seconde fois.`
  },
  warn: {
    discontinuous: (p) =>
      `${p.id} est en ${p.pieces} morceaux\u00a0; une étiquette Factmark couvre un seul passage du texte\u00a0: elle va donc de son premier morceau à son dernier.`,
    unknownType: (p) =>
      p.count === 1
        ? `Une annotation du type brat «\u00a0${p.type}\u00a0» a été importée comme entité de type Autre\u00a0; sa note nomme le type.`
        : `${p.count} annotations du type brat «\u00a0${p.type}\u00a0» ont été importées comme entités de type Autre\u00a0; leurs notes nomment le type.`,
    eventLeftOut: (p) => `L’événement ${p.id} a été laissé de côté\u00a0: Factmark n’a pas d’événements (son déclencheur est importé comme étiquette).`,
    notOnText: (p) => `${p.id} a été laissé de côté\u00a0: il porte sur ${p.target}, qui n’est pas une annotation de texte.`,
    unknownAttribute: (p) => `L’attribut «\u00a0${p.name}\u00a0» de ${p.id} a été laissé de côté\u00a0: Factmark n’a pas ce champ.`,
    badAttributeValue: (p) => `L’attribut «\u00a0${p.name}\u00a0» de ${p.id} a été laissé de côté\u00a0: «\u00a0${p.value}\u00a0» n’est pas l’une de ses valeurs.`,
    unknownNote: (p) => `La note ${p.id} («\u00a0${p.type}\u00a0») a été laissée de côté\u00a0: Factmark n’a pas ce champ.`,
    unknownRelation: (p) =>
      `La relation ${p.id} («\u00a0${p.type}\u00a0») a été laissée de côté\u00a0: Factmark relie les affirmations aux sources et aux entités, et les mentions à leur entité.`,
    wrongKinds: (p) => `La relation ${p.id} («\u00a0${p.type}\u00a0») a été laissée de côté\u00a0: ses arguments ne sont pas des sortes qu’un tel lien relie.`,
    equivalenceLeftOut: (p) =>
      `L’équivalence de la ligne ${p.line} a été laissée de côté\u00a0: seules des entités peuvent être des mentions les unes des autres.`,
    normalizationLeftOut: (p) => `La normalisation ${p.id} a été laissée de côté\u00a0: seules les entités ont un identifiant.`,
    noSourceText: () =>
      'Le fichier .ann est arrivé sans son .txt et ses positions ne correspondent pas à l’article\u00a0: chaque annotation est placée d’après son seul texte.',
    differentText: () =>
      'Le .txt diffère du texte de l’article au-delà des blancs\u00a0: les annotations sont placées d’après leur texte et son contexte.'
  },
  typeNote: (p) => `type brat\u00a0: ${p.type}`
}
