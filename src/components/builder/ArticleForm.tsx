import { useId, useState, type FormEvent } from "react";
import { checkArticleText } from "../../builder/articleInput";
import type { ArticleInput } from "../../workers/geoparseProtocol";
import { readArticleFile } from "../../data/readArticleFile";
import { ArticleFields } from "./ArticleFields";

interface ArticleFormProps {
  /** What the form starts with: the draft's, when the reader comes back to edit it. */
  initial: ArticleInput;
  /** Set while the places are being found. */
  busy: string | null;
  /** Why the last attempt failed, from the place finder. */
  failure: string | null;
  onSubmit: (article: ArticleInput) => void;
  /** Back to the draft without changing it (finding places again replaces it); absent when there is none. */
  onCancel?: () => void;
}

/** The article's text and details, pasted or opened from a file, checked before anything is replaced. */
export function ArticleForm({ initial, busy, failure, onSubmit, onCancel }: ArticleFormProps) {
  const [article, setArticle] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const set = (change: Partial<ArticleInput>) => setArticle((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkArticleText(article.text, "The article's text");
    if (!checked.ok) return setProblem(checked.message);
    setProblem(null);
    onSubmit({ ...article, text: checked.text });
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    const read = await readArticleFile(file);
    if (!read.ok) return setProblem(read.message);
    setProblem(null);
    setArticle((current) => ({ ...current, text: read.text, title: current.title || read.title }));
  };
  const message = problem ?? failure;

  return (
    <form className="builder-form" onSubmit={submit} aria-describedby={message ? `${id}-problem` : undefined}>
      <h2>The article</h2>
      <p className="muted">Paste the article's text, or open it as a .txt or .html file. The places it names are found here, in this browser: nothing is sent anywhere.</p>
      <div className="builder-form__fields">
        <ArticleFields values={article} onChange={set} />
      </div>
      {/* Not wrapped in its label: a label's text would then include all of the pasted article. */}
      <div className="builder-form__text">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea id={`${id}-text`} value={article.text} onChange={(event) => set({ text: event.target.value })} rows={14} spellCheck={false} />
      </div>
      <label className="builder-form__file">
        Open a file <input type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(event) => void open(event.target.files?.[0])} />
      </label>
      {message && <p id={`${id}-problem`} className="builder-problem" role="alert">{message}</p>}
      <div className="builder-form__actions">
        <button type="submit" className="builder-primary" disabled={busy !== null}>Find places</button>
        {onCancel && <button type="button" onClick={onCancel} disabled={busy !== null}>Keep the draft as it was</button>}
        <span role="status" className="muted">{busy ?? ""}</span>
      </div>
    </form>
  );
}
