import { formatDate } from "../../story/dates";
import type { Story } from "../../story/model";
import { CreditList } from "../Credits";
import { ExternalLink } from "../ExternalLink";
import { QrCode } from "./QrCode";

/** The first page: what the story is, the steps that follow, the way back to the live map, and credits. */
export function HandoutCover({ story, liveHref }: { story: Story; liveHref: string }) {
  const { article } = story.file;
  const { briefing } = story;
  return (
    <section className="handout__cover" aria-labelledby="handout-title">
      <p className="handout__kicker">Briefing handout</p>
      <h1 id="handout-title">{story.title}</h1>
      <p className="handout__meta">
        {article ? (
          <>
            <ExternalLink href={article.source.url}>{article.source.name}</ExternalLink>
            {" · "}
            <time dateTime={article.published.start}>{formatDate(article.published)}</time>
          </>
        ) : (
          "GeoJSON places without an article"
        )}
      </p>
      <h2>{briefing.title}</h2>
      <ol className="handout__contents">
        {briefing.steps.map((step) => <li key={step.id}>{step.title}</li>)}
      </ol>
      <figure className="handout__qr">
        <QrCode text={liveHref} className="handout__qr-code" />
        <figcaption>
          The live map: <a className="handout__url" href={liveHref}>{liveHref}</a>
        </figcaption>
      </figure>
      <h2>Sources and credits</h2>
      <CreditList story={story} className="handout__credits" />
    </section>
  );
}
