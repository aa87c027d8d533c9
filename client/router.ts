import type { Pinia } from 'pinia';
import {
  createRouter,
  createWebHistory,
  type RouteComponent,
  type RouteMeta,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router';
import { useSessionStore } from './stores/session';
import { accessDecision, FORBIDDEN_ROUTE, SIGN_IN_ROUTE } from './utils/authGuard';
import { NAV_TITLE_KEYS, PAGE_ROLES, rolesFor, type NavRoute, type Role } from './utils/roleAccess';

declare module 'vue-router' {
  interface RouteMeta {
    /** The i18n key of the page title (document title and navigation). */
    titleKey?: string;
    /** False for pages about the whole data set, which hide the scope/period/as-of pickers. */
    selection?: boolean;
    /** Open without signing in (the sign-in page); everything else needs a session. */
    public?: boolean;
    /** The roles that may use the page (see utils/roleAccess.ts); absent: every signed-in user. */
    roles?: readonly Role[];
  }
}

/** Ledelsestilsyn: planning is for those who run rounds; a round, its report and a review also for reviewers. */
const SUPERVISION_RUNNERS: readonly Role[] = ['director', 'manager'];
const SUPERVISION_READERS: readonly Role[] = ['director', 'manager', 'reviewer'];

/** A page of the main navigation: its title and roles come from utils/roleAccess.ts. */
function page(name: NavRoute, path: string, component: () => Promise<RouteComponent>, meta: RouteMeta = {}): RouteRecordRaw {
  return { path, name, component, meta: { titleKey: NAV_TITLE_KEYS[name], roles: rolesFor(name), ...meta } };
}

/** The capabilities in the main navigation, in order, then the pages around them. Route pages are lazy-loaded chunks. */
export const routes: RouteRecordRaw[] = [
  page('overview', '/', () => import('./views/OverviewView.vue')),
  page('timeliness', '/rettidighed', () => import('./views/TimelinessView.vue')),
  page('continuity', '/kontinuitet', () => import('./views/ContinuityView.vue')),
  page('complaints', '/klager', () => import('./views/ComplaintsView.vue')),
  page('citizens', '/borgeren-i-centrum', () => import('./views/CitizensView.vue')),
  {
    // Ledelsestilsyn: the rounds list (in the navigation), then planning, a round, its report and a review.
    path: '/tilsyn',
    children: [
      // Every round the user may see, whatever the selection: the list needs no scope picker.
      page('supervision', '', () => import('./views/SupervisionView.vue'), { selection: false }),
      {
        path: 'ny',
        name: 'supervision-plan',
        component: () => import('./views/ReviewRoundPlanView.vue'),
        meta: { titleKey: 'supervision.plan.title', roles: SUPERVISION_RUNNERS },
      },
      {
        path: 'runder/:id',
        name: 'supervision-round',
        component: () => import('./views/ReviewRoundView.vue'),
        meta: { titleKey: 'supervision.round.pageTitle', selection: false, roles: SUPERVISION_READERS },
      },
      {
        path: 'runder/:id/rapport',
        name: 'supervision-report',
        component: () => import('./views/ReviewRoundReportView.vue'),
        meta: { titleKey: 'supervision.round.report', selection: false, roles: SUPERVISION_READERS },
      },
      {
        path: 'gennemgang/:id',
        name: 'supervision-review',
        component: () => import('./views/ReviewFormView.vue'),
        meta: { titleKey: 'supervision.review.pageTitle', selection: false, roles: SUPERVISION_READERS },
      },
    ],
  },
  page('committee', '/udvalg', () => import('./views/CommitteeView.vue')),
  page('data', '/data', () => import('./views/DataStatusView.vue'), { selection: false }),
  {
    path: '/data/indlaes',
    name: 'upload',
    component: () => import('./views/UploadView.vue'),
    meta: { titleKey: 'upload.title', selection: false, roles: PAGE_ROLES.upload },
  },
  page('users', '/brugere', () => import('./views/UsersView.vue'), { selection: false }),
  page('access-log', '/adgangslog', () => import('./views/AccessLogView.vue'), { selection: false }),
  page('publication', '/offentliggoerelse', () => import('./views/PublicationView.vue'), { selection: false }),
  page('checklist', '/tjekliste', () => import('./views/ChecklistView.vue'), { selection: false }),
  {
    // For citizens: no sign-in, no selection bar; only the published aggregate table.
    path: '/sagsbehandlingstider',
    name: 'public-times',
    component: () => import('./views/PublicTimesView.vue'),
    meta: { titleKey: 'publicTimes.title', selection: false, public: true },
  },
  {
    path: '/sager/:id',
    name: 'case',
    component: () => import('./views/CaseView.vue'),
    meta: { titleKey: 'case.pageTitle', selection: false, roles: PAGE_ROLES.case },
  },
  {
    path: '/borgere/:pseudonym',
    name: 'citizen',
    component: () => import('./views/CitizenView.vue'),
    meta: { titleKey: 'citizens.citizen.pageTitle', selection: false, roles: PAGE_ROLES.citizen },
  },
  {
    path: '/log-ind',
    name: SIGN_IN_ROUTE,
    component: () => import('./views/SignInView.vue'),
    meta: { titleKey: 'signIn.title', selection: false, public: true },
  },
  {
    path: '/ingen-adgang',
    name: FORBIDDEN_ROUTE,
    component: () => import('./views/ForbiddenView.vue'),
    meta: { titleKey: 'forbidden.title', selection: false },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title', selection: false },
  },
];

/**
 * The app's router. Its guard waits for the session once (before the first page is shown), then
 * sends visitors without a session to the sign-in page and roles to the pages they may use.
 * `pinia` is the store the session lives in (the active one if not given).
 */
export function createAppRouter(history: RouterHistory = createWebHistory(), pinia?: Pinia) {
  const router = createRouter({ history, routes });
  router.beforeEach(async (to) => {
    const session = useSessionStore(pinia);
    await session.ensureLoaded();
    return accessDecision(to, session.role, session.expired);
  });
  return router;
}
