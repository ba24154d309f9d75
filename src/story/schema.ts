import * as z from "zod";

// Zod compiles fast paths with `new Function`, which a strict Content-Security-Policy forbids.
z.config({ jitless: true });

/** Where a place is known to lie, from a single building up to a country or off the planet. */
export const PLACE_PRECISIONS = ["building", "site", "city", "region", "country", "off-earth"] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/** How exactly an event's date is known. */
export const DATE_PRECISIONS = ["minute", "day", "week", "month", "year", "range"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Whether the article itself names a place or tells of an event, or only other sources do. */
export const ORIGINS = ["article", "other-sources"] as const;

/** Links in stories: anything but http(s) could run script (`javascript:`) or reach local files. */
const HttpUrl = z.url({ protocol: /^https?$/, error: "only http and https links are accepted" });

const describe = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

const Id = describe(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "an id must be lowercase letters and digits, joined by single hyphens",
  }),
  "Stable lowercase id, e.g. `aktobe` or `gagarins-start`.",
);

const Longitude = z
  .number({ error: "a longitude must be a number" })
  .min(-180, { error: "a longitude must be between -180 and 180" })
  .max(180, { error: "a longitude must be between -180 and 180" });
const Latitude = z
  .number({ error: "a latitude must be a number" })
  .min(-90, { error: "a latitude must be between -90 and 90" })
  .max(90, { error: "a latitude must be between -90 and 90" });

const Position = describe(
  z.tuple([Longitude, Latitude], z.number()),
  "[longitude, latitude] in WGS84 degrees (RFC 7946 order), optionally followed by an altitude.",
);

const LinearRing = z.array(Position).min(4, { error: "a polygon ring needs at least four positions" });

const Point = z.looseObject({ type: z.literal("Point"), coordinates: Position });
const MultiPoint = z.looseObject({
  type: z.literal("MultiPoint"),
  coordinates: z.array(Position).min(1, { error: "a MultiPoint needs at least one position" }),
});
const LineString = z.looseObject({
  type: z.literal("LineString"),
  coordinates: z.array(Position).min(2, { error: "a line needs at least two positions" }),
});
const Polygon = z.looseObject({ type: z.literal("Polygon"), coordinates: z.array(LinearRing).min(1) });
const MultiPolygon = z.looseObject({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(z.array(LinearRing).min(1)).min(1),
});

export const Geometry = describe(
  z.discriminatedUnion("type", [Point, MultiPoint, LineString, Polygon, MultiPolygon]).nullable(),
  "RFC 7946 geometry, or null for a place that cannot be put on the map (in orbit, or never located).",
);

const Source = z.strictObject({
  title: describe(z.string().min(1), "What the source is, e.g. `NASA: Soyuz MS-01 launch`."),
  publisher: describe(z.string().min(1).optional(), "Who published it."),
  url: describe(HttpUrl.optional(), "Link to it; only http(s) URLs are accepted."),
  note: describe(
    z.string().min(1).optional(),
    "Fact-check note: where this source differs from the article, say how.",
  ),
});

// Feature properties and GeoJSON objects may carry foreign members (RFC 7946, 6.1), so they stay open.
const PlaceProperties = z.looseObject({
  name: describe(z.string().min(1), "Display name."),
  precision: describe(z.enum(PLACE_PRECISIONS), "How exactly the geometry locates the place."),
  origin: describe(z.enum(ORIGINS), "`article` if the article names it, `other-sources` if only sources do."),
  aliases: describe(
    z.array(z.string().min(1)).optional(),
    "Other names, including historic ones and spellings used in the article.",
  ),
  mentions: describe(
    z.array(z.string().min(1)).optional(),
    "How the article refers to the place, verbatim: its names, or an institution that stands for it " +
      "(`Congress` for Washington). Every place whose origin is `article` has at least one.",
  ),
  description: describe(z.string().min(1).optional(), "One line on what the place is."),
  labelPoint: describe(
    Position.optional(),
    "Representative point for an area (country, region) where its label and keyboard stop sit.",
  ),
  shapeFrom: describe(
    z
      .strictObject({
        dataset: z.literal("natural-earth-50m"),
        countries: z.array(z.string().regex(/^\d{3}$/)).min(1),
      })
      .optional(),
    "For areas: the ISO 3166-1 numeric codes whose Natural Earth shapes make up the geometry " +
      "(`npm run story:shapes` rebuilds it).",
  ),
  sources: describe(z.array(Source).optional(), "Where the location comes from."),
});

export const PlaceFeature = z.looseObject({
  type: z.literal("Feature"),
  id: Id,
  geometry: Geometry,
  properties: PlaceProperties,
});

const DateSpec = describe(
  z.strictObject({
    precision: describe(z.enum(DATE_PRECISIONS), "How exactly the date is known."),
    start: describe(
      z.string(),
      "minute: `YYYY-MM-DDTHH:MM` with `Z` or an offset such as `+06:00` (shown in that local time); " +
        "day, week, range: `YYYY-MM-DD`; month: `YYYY-MM`; year: `YYYY`.",
    ),
    end: describe(z.string().optional(), "Last day (`YYYY-MM-DD`), required for week and range."),
    approximate: describe(z.boolean().optional(), "The date is an estimate (shown as “about …”)."),
    asWritten: describe(
      z.string().min(1).optional(),
      "How the article words the date, e.g. `within the past week` (shown beside the date).",
    ),
  }),
  "A date with explicit precision.",
);

export const Passage = z.strictObject({
  id: Id,
  paragraph: describe(
    z.int({ error: "a paragraph number must be a whole number" }).min(1, { error: "paragraphs are numbered from 1" }),
    "Paragraph number, counted from 1 after the headline.",
  ),
  quote: describe(z.string().min(1), "Verbatim text from that paragraph, typos included."),
  places: describe(z.array(Id).min(1), "Ids of the places the passage is about."),
});

export const Event = z.strictObject({
  id: Id,
  title: describe(z.string().min(1), "Short title."),
  date: DateSpec,
  origin: describe(z.enum(ORIGINS), "`article` if the article reports it, `other-sources` if only sources do."),
  places: describe(z.array(Id).min(1), "Ids of the places where it happened."),
  passages: describe(z.array(Id), "Ids of the article's passages about it."),
  summary: describe(z.string().min(1).optional(), "One or two sentences on what happened."),
  sources: describe(z.array(Source), "Other sources, each with a fact-check note where it differs from the article."),
});

export const Credit = z.strictObject({
  name: describe(z.string().min(1), "Name of the data source."),
  url: describe(HttpUrl.optional(), "Its home page; only http(s) URLs are accepted."),
  licence: describe(z.string().min(1).optional(), "Its licence, e.g. `CC BY 4.0`."),
});

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "a day is written YYYY-MM-DD, such as 2016-06-05" });

export const BriefingStep = z.strictObject({
  id: Id,
  title: describe(z.string().min(1), "Heading shown while the step is on screen."),
  view: describe(
    z
      .strictObject({
        places: describe(z.array(Id).min(1).optional(), "Ids of the places to fit the map to."),
        bounds: describe(
          z.tuple([Longitude, Latitude, Longitude, Latitude]).optional(),
          "[west, south, east, north] to fit the map to; west below east (not across the antimeridian), south below north.",
        ),
      })
      // zod cannot say "exactly one of" for the loader (checkBriefingStep does), but JSON Schema can, for editors.
      .meta({ minProperties: 1, maxProperties: 1 }),
    "Where the map goes: either `places` or `bounds`.",
  ),
  place: describe(Id.optional(), "Id of the place whose popup opens."),
  passages: describe(z.array(Id).optional(), "Ids of the passages shown large."),
  // from and to go undescribed: the README's table cannot name a nullable type, so the range's row says it.
  range: describe(
    z.strictObject({ from: Day.nullable(), to: Day.nullable() }).optional(),
    "`{\"from\": day, \"to\": day}`: the days (`YYYY-MM-DD`, both inclusive, null for an open side) " +
      "the map and the timeline narrow to, as `?from=` and `?to=` do.",
  ),
  notes: describe(z.string().optional(), "Speaker notes for the presenter; may span several lines."),
});

export const Briefing = z.strictObject({
  title: describe(z.string().min(1).optional(), "Heading of the briefing; the story's title when absent."),
  steps: describe(z.array(BriefingStep), "The steps, in the order they are presented."),
});

export const StorySchema = z.strictObject({
  $schema: z.string().optional(),
  format: describe(z.literal("article-map/story"), "Always `article-map/story`."),
  version: describe(z.literal(1), "Format version, `1`."),
  id: Id,
  article: z.strictObject({
    title: describe(z.string().min(1), "Headline."),
    source: describe(
      z.strictObject({
        name: describe(z.string().min(1), "Publisher's name."),
        url: describe(HttpUrl.optional(), "Link to the article; only http(s) URLs are accepted."),
      }),
      "Who published the article.",
    ),
    published: describe(DateSpec, "Publication date, with its precision."),
    textFile: describe(z.string().optional(), "The article's original text file, beside the story file."),
    paragraphs: describe(
      z.array(z.string().min(1)).min(1),
      "Body paragraphs in order, verbatim; the headline and photo credits are not paragraphs.",
    ),
  }),
  view: describe(
    z
      .strictObject({
        bounds: describe(
          z.tuple([Longitude, Latitude, Longitude, Latitude]).optional(),
          "First view as [west, south, east, north]; without it the map fits all places.",
        ),
        focusCountries: describe(
          z.array(z.string().regex(/^\d{3}$/)).optional(),
          "ISO 3166-1 numeric codes of the countries the basemap emphasises.",
        ),
      })
      .optional(),
    "How the map first looks.",
  ),
  places: describe(
    z.looseObject({ type: z.literal("FeatureCollection"), features: z.array(PlaceFeature) }),
    "The places, as a GeoJSON FeatureCollection.",
  ),
  passages: describe(z.array(Passage), "Verbatim quotes from the article, each tied to places."),
  events: describe(z.array(Event), "What happened, where and when."),
  credits: describe(z.array(Credit).optional(), "Data sources to credit on the map."),
  briefing: describe(
    Briefing.optional(),
    "Steps for presenting the story in a briefing room; without it, one step per event in time order.",
  ),
});

export type StoryFile = z.infer<typeof StorySchema>;
export type PlaceFeatureData = z.infer<typeof PlaceFeature>;
export type PlaceGeometry = NonNullable<z.infer<typeof Geometry>>;
export type PassageData = z.infer<typeof Passage>;
export type EventData = z.infer<typeof Event>;
export type DateSpecData = z.infer<typeof DateSpec>;
export type SourceData = z.infer<typeof Source>;
export type BriefingData = z.infer<typeof Briefing>;
export type BriefingStepData = z.infer<typeof BriefingStep>;

/**
 * The story without its items: what must hold for the file to load at all. Places, passages and
 * events are then checked one by one, so one bad item is left out instead of the whole file.
 */
export const StoryShell = StorySchema.extend({
  places: z.looseObject({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) }),
  passages: z.array(z.unknown()),
  events: z.array(z.unknown()),
});
