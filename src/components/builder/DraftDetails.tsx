import type { Draft } from "../../builder/draft";
import type { DraftAction } from "../../builder/draftActions";

/** The article's details, edited in place: changing them never finds the places again. */
export function DraftDetails({ draft, onChange }: { draft: Draft; onChange: (action: DraftAction) => void }) {
  const field = (name: "title" | "source" | "sourceUrl" | "published", label: string, type = "text") => (
    <label>
      {label}
      <input type={type} value={draft[name]} onChange={(event) => onChange({ kind: "details", details: { [name]: event.target.value } })} />
    </label>
  );
  return (
    <fieldset className="builder-details">
      <legend>The article's details</legend>
      {field("title", "Title")}
      {field("source", "Source")}
      {field("sourceUrl", "Link", "url")}
      {field("published", "Published", "date")}
      {draft.datesReadAgainst !== undefined && draft.datesReadAgainst !== draft.published && (
        <p className="builder-details__note" role="status">
          The text's dates were read against {draft.datesReadAgainst === "" ? "no publication date" : draft.datesReadAgainst}: to read them against the new date, choose Change the text, then Find places. Your decisions are kept.
        </p>
      )}
    </fieldset>
  );
}
