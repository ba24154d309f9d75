import { Fragment, useEffect, useMemo, useRef } from "react";
import { segmentParagraph } from "../story/articleSegments";
import type { Story } from "../story/model";
import { prefersReducedMotion } from "../browser/mediaQueries";

interface ArticlePanelProps {
  story: Story;
  selectedId: string | null;
  onSelectPlace: (placeId: string) => void;
}

/**
 * The article beside the map: every mention of a place is a button that selects it, and the
 * selected place's passages are highlighted, the first scrolled into view.
 */
export function ArticlePanel({ story, selectedId, onSelectPlace }: ArticlePanelProps) {
  const article = story.file.article;
  const root = useRef<HTMLElement>(null);
  const highlighted = useMemo(
    () => new Set(selectedId ? story.passagesForPlace(selectedId).map((passage) => passage.id) : []),
    [story, selectedId],
  );
  const paragraphs = useMemo(() => (article?.paragraphs ?? []).map((_, index) => segmentParagraph(story, index + 1)), [story, article]);

  useEffect(() => {
    const first = root.current?.querySelector("mark");
    if (!first || !root.current) return;
    const panel = root.current.getBoundingClientRect();
    const box = first.getBoundingClientRect();
    // Only scroll when the passage is out of sight, so clicking a mention in view does not jump.
    if (box.top < panel.top || box.bottom > panel.bottom) {
      first.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    }
  }, [highlighted]);

  if (!article) return null;
  return (
    <article className="article-panel" ref={root} aria-label="The article">
      <p className="article-panel__lead">The article, word for word. Place names are buttons that show the place on the map.</p>
      {paragraphs.map((segments, index) => (
        <p key={index} className="article-panel__paragraph" data-paragraph={index + 1}>
          <span className="article-panel__number" aria-label={`Paragraph ${index + 1}`}>{index + 1}</span>
          {segments.map((segment, segmentIndex) => {
            const content = segment.placeId ? (
              <button
                type="button"
                className="mention"
                aria-pressed={segment.placeId === selectedId}
                onClick={() => onSelectPlace(segment.placeId!)}
              >
                {segment.text}
              </button>
            ) : segment.text;
            const marked = segment.passageIds.some((id) => highlighted.has(id));
            return <Fragment key={segmentIndex}>{marked ? <mark>{content}</mark> : content}</Fragment>;
          })}
        </p>
      ))}
    </article>
  );
}
