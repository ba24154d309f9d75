import type { ArticleInput } from "../../workers/geoparseProtocol";

type Details = Pick<ArticleInput, "title" | "source" | "sourceUrl" | "published">;

/** The article's details, declared once for the form that starts a draft and the draft's own fields. */
const FIELDS: ReadonlyArray<{ name: keyof Details; label: string; type: string; placeholder?: string }> = [
  { name: "title", label: "Title", type: "text", placeholder: "The text's headline line, if it has one" },
  { name: "source", label: "Source", type: "text", placeholder: "Who published it" },
  { name: "sourceUrl", label: "Link", type: "url", placeholder: "https://…" },
  { name: "published", label: "Published", type: "date" },
];

export function ArticleFields({ values, onChange }: { values: Details; onChange: (change: Partial<Details>) => void }) {
  return FIELDS.map(({ name, label, type, placeholder }) => (
    <label key={name}>
      {label} <input type={type} value={values[name]} placeholder={placeholder} onChange={(event) => onChange({ [name]: event.target.value })} />
    </label>
  ));
}
