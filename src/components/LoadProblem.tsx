interface LoadProblemProps {
  file: string;
  problems: readonly string[];
}

/** Shown instead of the map when the story cannot be loaded: names the file and each problem. */
export function LoadProblem({ file, problems }: LoadProblemProps) {
  return (
    <main className="load-problem" role="alert">
      <h1>The story could not be loaded</h1>
      <p>File: <code>{file}</code></p>
      <ul>
        {problems.map((problem, index) => <li key={index}>{problem}</li>)}
      </ul>
      <p className="muted">Fix the file and reload the page.</p>
    </main>
  );
}
