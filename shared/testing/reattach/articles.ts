/**
 * News-like texts for the re-attachment corpus, besides the sample article (which tests read from
 * electron/resources and pass in). Written for this corpus: French and English, with repeated
 * names, quotes in « » and “ ”, figures, elisions (l’, d’, qu’) and near-identical sentences, the
 * material on which matchers go wrong. Paragraphs are separated by a blank line.
 */

/** A text and the entity names worth tagging in it (every occurrence is a candidate tag). */
export interface CorpusArticle {
  readonly name: string
  readonly text: string
  readonly entities: readonly string[]
}

export const BUDGET_FR: CorpusArticle = {
  name: 'budget.fr',
  entities: ['Bercy', 'Paris', 'Bruno Le Maire', 'Cour des comptes', 'Lyon', 'Marseille'],
  text: `Le gouvernement a présenté mardi à Paris un budget rectificatif qui prévoit une hausse de 12,5 % des crédits consacrés aux transports publics. Selon Bercy, cette enveloppe de 1 200 000 000 euros sera financée « sans hausse d’impôt ». Bruno Le Maire a déclaré que « chaque euro sera dépensé avec prudence ».

La Cour des comptes s’est montrée plus réservée. Dans un avis publié mercredi, elle estime que l’objectif de déficit « n’est pas crédible » en l’état. La Cour des comptes rappelle que le déficit a atteint 4,9 % du PIB l’an dernier, contre 4,7 % prévu.

À Lyon, les élus locaux saluent une décision « attendue depuis des années ». À Marseille, en revanche, le maire juge l’effort insuffisant et réclame une rallonge. Les élus de Lyon comptent sur ces crédits pour prolonger deux lignes de tramway d’ici 2027.

Bruno Le Maire a déclaré que les collectivités seraient consultées avant l’été. Selon Bercy, les premiers versements interviendront dès le mois de septembre. D’après un proche du ministre, Paris n’exclut pas de revoir sa copie si la croissance ralentit.

Le texte sera examiné à l’Assemblée nationale à partir du 14 octobre. L’opposition promet de déposer plusieurs centaines d’amendements. À Paris, on assure que le calendrier sera tenu.`
}

export const FLOODS_EN: CorpusArticle = {
  name: 'floods.en',
  entities: ['Valencia', 'Spain', 'Pedro Sánchez', 'Red Cross', 'Madrid', 'Quisiera Ser'],
  text: `Heavy rain caused severe flooding across the region of Valencia on Tuesday, killing at least 95 people, according to the regional government. The prime minister, Pedro Sánchez, said the country was “in mourning” and promised “all the help that is needed”.

The Red Cross said more than 1,200 people had been evacuated from their homes overnight. Spain’s weather agency had issued its highest alert on Monday evening, but many residents said they received the warning too late. “We had no time to leave,” said a woman in Paiporta, a town south of Valencia.

In Madrid, the government convened an emergency committee. Pedro Sánchez said the army would be deployed to clear roads and search for the missing. The Red Cross said it had sent 300 volunteers to the worst-hit areas.

Local radio stations played the song Quisiera Ser between bulletins, a tribute that listeners welcomed. Officials in Valencia said the death toll was likely to rise. Officials in Valencia said the death toll would probably rise further.

Scientists say that warmer seas in the Mediterranean make such storms more intense. Spain has seen three similar events in the past decade, and the latest is the deadliest since 1973. The Red Cross said donations had reached €2.5 million by Wednesday.`
}

/** Entity names of the sample article, electron/resources/russie-coree-du-nord.fr.txt. */
export const SAMPLE_ENTITIES: readonly string[] = [
  'Moscou',
  'Pyongyang',
  'Corée du Nord',
  'Sergueï Choïgou',
  'Russie',
  'KCNA',
  'Séoul'
]

/** Every article the corpus is generated from: the sample article (its text passed in, as read from electron/resources/russie-coree-du-nord.fr.txt) and the two above. */
export function corpusArticles(sampleText: string): readonly CorpusArticle[] {
  return [{ name: 'russie.fr', text: sampleText.trim(), entities: SAMPLE_ENTITIES }, BUDGET_FR, FLOODS_EN]
}

/** Cases per article of the unit-test corpus (the benchmark runs a larger one). */
export const TEST_CASES_PER_ARTICLE = 100
