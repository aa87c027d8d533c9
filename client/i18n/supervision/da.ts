import plan from './daPlan';
import review from './daReview';
import round from './daRound';
import results from './daResults';

/** Ledelsestilsyn: the rounds list and shared words (planning, round, results, review in their own files). */
export default {
  title: 'Ledelsestilsyn',
  description: 'Stikprøver af tilfældigt udtrukne sager, som ledelsen gennemgår efter tjeklisten, med andelen af sager i orden og Ankestyrelsens omgørelsesprocent.',
  lead: 'Ledelsen gennemgår en tilfældig stikprøve af sager efter tjeklisten. Hver stikprøve kan trækkes igen af enhver ud fra sit frø, og hvert resultat viser, hvor sikkert det er.',
  planNew: 'Planlæg ny runde',
  status: { IN_REVIEW: 'I gang', FOLLOW_UP: 'Opfølgning', CLOSED: 'Lukket' },
  level: { FIRST: '1. gennemgang', SECOND: '2. gennemgang' },
  reviewStatus: { DRAFT: 'Kladde', SUBMITTED: 'Indsendt' },
  ruleType: { MANDATORY_SAFEGUARD: 'Garantiforskrift', PROCEDURAL: 'Ordensforskrift' },
  frame: {
    DECIDED_IN_PERIOD: 'Afgjort {from}–{to}',
    OPEN_AT: 'Verserende pr. {asOf}',
  },
  rounds: {
    heading: 'Runder',
    caption: 'Runderne, nyeste først, med status og fremdrift.',
    columnName: 'Runde',
    columnScope: 'Enhed',
    columnFrame: 'Sager',
    columnStatus: 'Status',
    columnProgress: 'Fremdrift',
    columnCreated: 'Oprettet',
    progress: '{submitted} af {sampled} indsendt',
    eliminated: '{n} frasorteret',
    frameCases: '{n} sager i rammen',
    createdBy: '{at} af {by}',
    emptyTitle: 'Der er endnu ingen runder',
    emptyBody: 'En runde er et ledelsestilsyn med en tilfældig stikprøve af sager: du vælger, hvilke sager der kan trækkes, og hvor mange; Tilsyn trækker dem ud fra et frø, så alle kan kontrollere udtrækningen. Sagerne gennemgås efter tjeklisten, og resultatet viser andelen af sager i orden med usikkerhed.',
    emptyReviewer: 'Du har ingen runder med sager tildelt til dig.',
  },
  mine: {
    heading: 'Mine gennemgange',
    lead: 'Sager, du skal gennemgå, i runder der ikke er lukket.',
    caption: 'Mine gennemgange',
    columnCase: 'Sag',
    columnRound: 'Runde',
    columnCaseType: 'Sagstype',
    columnLevel: 'Gennemgang',
    columnStatus: 'Status',
    columnSaved: 'Senest gemt',
    notStarted: 'Ikke påbegyndt',
    empty: 'Du har ingen gennemgange i åbne runder.',
  },
  plan,
  round,
  results,
  review,
};
