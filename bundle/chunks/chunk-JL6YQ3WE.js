// src/report/repository-name.ts
function repositoryFromRemote(url) {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/.exec(url);
  let host;
  let repoPath;
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) [, host = "", repoPath = ""] = scp;
  else {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "file:") return void 0;
      host = parsed.hostname;
      repoPath = decodeURIComponent(parsed.pathname);
    } catch {
      return void 0;
    }
  }
  const name = repoPath.replace(/^\/+|\/+$/g, "").replace(/\.git$/i, "");
  return host && name ? `${host.toLowerCase()}/${name}` : void 0;
}

export {
  repositoryFromRemote
};
