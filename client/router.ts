import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** The i18n key of the page title (document title and navigation). */
    titleKey?: string;
    /** False for pages about the whole data set, which hide the scope/period/as-of pickers. */
    selection?: boolean;
  }
}

/** The capabilities in the main navigation, in order. Route pages are lazy-loaded chunks. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('./views/OverviewView.vue'), meta: { titleKey: 'nav.overview' } },
  {
    path: '/rettidighed',
    name: 'timeliness',
    component: () => import('./views/TimelinessView.vue'),
    meta: { titleKey: 'nav.timeliness' },
  },
  {
    path: '/kontinuitet',
    name: 'continuity',
    component: () => import('./views/ContinuityView.vue'),
    meta: { titleKey: 'nav.continuity' },
  },
  {
    path: '/tilsyn',
    name: 'supervision',
    component: () => import('./views/SupervisionView.vue'),
    meta: { titleKey: 'nav.supervision' },
  },
  { path: '/udvalg', name: 'committee', component: () => import('./views/CommitteeView.vue'), meta: { titleKey: 'nav.committee' } },
  { path: '/data', name: 'data', component: () => import('./views/DataStatusView.vue'), meta: { titleKey: 'nav.data', selection: false } },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title', selection: false },
  },
];

/** The route names shown in the main navigation. */
export const NAV_ROUTES = ['overview', 'timeliness', 'continuity', 'supervision', 'committee', 'data'] as const;

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({ history, routes });
}
