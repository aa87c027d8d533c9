// Who is asking: the signed-in user behind a request, however they proved it.
import type { Role } from './roles';

/** How the request proved who it is; written to the access log. */
export type SignInMethod = 'session' | 'token' | 'system';

export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  /** Department subtrees the user is bound to (managers); empty means none. */
  departmentIds: readonly string[];
  via: SignInMethod;
}
