import type { Story } from "../../story/model";

/** A step's passages, word for word, each with where it stands in the article. */
export function StepPassages({ story, passageIds, className = "briefing__passages" }: { story: Story; passageIds: readonly string[]; className?: string }) {
  const passages = passageIds.flatMap((id) => story.passageById.get(id) ?? []);
  if (passages.length === 0) return null;
  return (
    <div className={className}>
      {passages.map((passage) => (
        <figure key={passage.id} className="briefing-passage">
          <blockquote>{passage.quote}</blockquote>
          <figcaption>Paragraph {passage.paragraph}</figcaption>
        </figure>
      ))}
    </div>
  );
}
