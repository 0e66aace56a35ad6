/** The repository findings belong to, named from its git remote: a module of its own so that a scan not reporting ASFF never loads that reporter. */

/**
 * A repository's name from a git remote URL, as `host/owner/repo`: no scheme,
 * no user or token (a CI checkout's URL may carry one), no port, no `.git`.
 * `https://x-access-token:T@github.com/acme/ml-infra.git` and
 * `git@github.com:acme/ml-infra.git` are both `github.com/acme/ml-infra`.
 */
export function repositoryFromRemote(url: string): string | undefined {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/.exec(url);
  let host: string;
  let repoPath: string;
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) [, host = '', repoPath = ''] = scp;
  else {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'file:') return undefined;
      host = parsed.hostname;
      repoPath = decodeURIComponent(parsed.pathname);
    } catch {
      return undefined;
    }
  }
  const name = repoPath.replace(/^\/+|\/+$/g, '').replace(/\.git$/i, '');
  return host && name ? `${host.toLowerCase()}/${name}` : undefined;
}
