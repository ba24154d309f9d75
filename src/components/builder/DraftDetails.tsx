import type { Draft } from "../../builder/draft";
import type { DraftAction } from "../../builder/draftActions";
import { ArticleFields } from "./ArticleFields";

/** The article's details, edited in place: changing them never finds the places again. */
export function DraftDetails({ draft, onChange }: { draft: Draft; onChange: (action: DraftAction) => void }) {
  return (
    <fieldset className="builder-details">
      <legend>The article's details</legend>
      <ArticleFields values={draft} onChange={(details) => onChange({ kind: "details", details })} />
      {draft.datesReadAgainst !== undefined && draft.datesReadAgainst !== draft.published && (
        <p className="builder-details__note" role="status">
          The text's dates were read against {draft.datesReadAgainst === "" ? "no publication date" : draft.datesReadAgainst}: to read them against the new date, choose Change the text, then Find places. Your decisions are kept.
        </p>
      )}
    </fieldset>
  );
}
