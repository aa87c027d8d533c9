import { ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { ApiTokenFieldsFragment } from '../gql/graphql';
import { ApiTokensQuery, IssueApiTokenMutation, RevokeApiTokenMutation } from '../graphql/users';
import { useMutation } from './useMutation';
import { useQuery } from './useQuery';

/** A token just issued: its value is in this answer and never again. */
export interface IssuedToken {
  token: string;
  label: string;
  username: string;
}

/**
 * One user's API tokens (none asked while no user is chosen), with issuing and revoking; both
 * refresh the list afterwards. Choosing another user forgets the issued token and any outcome.
 */
export function useApiTokens(username: MaybeRefOrGetter<string>) {
  const list = useQuery(ApiTokensQuery, () => (toValue(username) ? { username: toValue(username) } : null));
  const issuing = useMutation(IssueApiTokenMutation);
  const revoking = useMutation(RevokeApiTokenMutation);
  const issued = shallowRef<IssuedToken | null>(null);
  /** The label of the token revoked last, for the confirmation message. */
  const revokedLabel = ref<string | null>(null);

  watch(
    () => toValue(username),
    () => {
      issued.value = null;
      revokedLabel.value = null;
      issuing.reset();
      revoking.reset();
    },
  );

  async function issue(label: string): Promise<boolean> {
    const name = toValue(username);
    revokedLabel.value = null;
    const answer = await issuing.run({ username: name, label });
    if (!answer) return false;
    issued.value = { token: answer.issueApiToken.token, label: answer.issueApiToken.apiToken.label, username: name };
    await list.refetch();
    return true;
  }

  async function revoke(token: ApiTokenFieldsFragment): Promise<boolean> {
    revokedLabel.value = null;
    const answer = await revoking.run({ id: token.id });
    if (!answer) return false;
    revokedLabel.value = token.label;
    await list.refetch();
    return true;
  }

  return {
    tokens: list.data,
    loading: list.loading,
    error: list.error,
    refetch: list.refetch,
    issued,
    issuePending: issuing.pending,
    issueError: issuing.error,
    revokedLabel,
    revokePending: revoking.pending,
    revokeError: revoking.error,
    issue,
    revoke,
    dismissIssued: () => (issued.value = null),
  };
}
