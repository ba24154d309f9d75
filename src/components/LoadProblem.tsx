interface LoadProblemProps {
  file: string;
  problems: readonly string[];
  /** The same page with the catalogue's default story, when the failed story was another one. */
  defaultHref?: string | undefined;
}

/** Shown instead of the map when the story cannot be loaded: names the file and each problem. */
export function LoadProblem({ file, problems, defaultHref }: LoadProblemProps) {
  return (
    <main className="load-problem" role="alert">
      <h1>The story could not be loaded</h1>
      <p>File: <code>{file}</code></p>
      <ul>
        {problems.map((problem, index) => <li key={index}>{problem}</li>)}
      </ul>
      {defaultHref ? (
        <p>Check the story's address, or <a href={defaultHref}>open the default story</a>.</p>
      ) : (
        <p className="muted">Fix the file and reload the page.</p>
      )}
    </main>
  );
}
