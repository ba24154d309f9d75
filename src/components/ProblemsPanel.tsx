import { useId, type ReactNode } from "react";

interface ProblemsPanelProps {
  title: string;
  problems: readonly string[];
  /** `alert` for the answer to something the reader just did; otherwise a named region. */
  role?: "alert" | "region";
  onDismiss: () => void;
  /** A sentence between the title and the list. */
  children?: ReactNode;
}

/** A dismissible list of problems shown over the map, which stays usable beneath it. */
export function ProblemsPanel({ title, problems, role = "region", onDismiss, children }: ProblemsPanelProps) {
  const titleId = useId();
  return (
    <section className="problems-panel" role={role} aria-labelledby={titleId}>
      <div className="problems-panel__head">
        <h2 id={titleId} className="problems-panel__title">{title}</h2>
        <button type="button" className="problems-panel__dismiss" onClick={onDismiss} aria-label="Dismiss this list">×</button>
      </div>
      {children}
      <ul className="problems-panel__list">
        {problems.map((problem, index) => <li key={index}>{problem}</li>)}
      </ul>
    </section>
  );
}
