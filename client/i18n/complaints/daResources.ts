/** Ressourcer i balance: the section on the Personale og kontinuitet page. */
export default {
  heading: 'Ressourcer',
  lead: 'Sager pr. sagsbehandler er de åbne sager pr. {asOf} delt med antallet af sagsbehandlere ansat samme dag. Afgørelser pr. årsværk er de sager, der er afgjort i perioden, delt med det gennemsnitlige antal sagsbehandlere i perioden omregnet til hele år. Tabellen viser også de tal, de bygger på.',
  empty: 'Der er hverken åbne sager, afgørelser eller sagsbehandlere at vise for {name}.',
  columns: {
    backlog: 'Åbne sager',
    headcountOnAsOf: 'Ansat pr. {asOf}',
    decided: 'Afgjorte sager',
    averageHeadcount: 'Gns. antal sagsbehandlere',
  },
};
