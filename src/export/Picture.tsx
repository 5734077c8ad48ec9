import type { Scene } from '../map/scene';
import { INK, type PictureLayout } from './layout';
import type { PictureTexts } from './pictureTexts';
import { SceneSvg } from './SceneSvg';
import { textOutline, type Typeface } from './text';

interface Props {
  readonly scene: Scene;
  readonly layout: PictureLayout;
  readonly texts: PictureTexts;
  readonly face: Typeface;
  /** Text as outlines rather than text, for print programs that ignore embedded fonts. */
  readonly outlines: boolean;
  /** The @font-face rules of the embedded font subsets (when the text stays text). */
  readonly fontCss: string | null;
  /** The language of the picture's words. */
  readonly lang: string;
}

/**
 * A complete picture of a view, as one SVG: title, subtitle, the map (the same SceneSvg the app
 * draws), legend, date, data version, source and credit. Rendered to a string by
 * `renderToStaticMarkup`, in the browser and in Node alike.
 */
export function Picture({ scene, layout, texts, face, outlines, fontCss, lang }: Props) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={texts.title}
      lang={lang}
    >
      <title>{texts.title}</title>
      <desc>{`${texts.subtitle} ${texts.source} ${texts.version}`}</desc>
      {fontCss && <style>{fontCss}</style>}
      <rect width={layout.width} height={layout.height} fill={scene.style.background} />
      <SceneSvg
        scene={scene}
        x={layout.map.x}
        y={layout.map.y}
        width={layout.map.width}
        height={layout.map.height}
      />
      {layout.swatches.map((s, i) => (
        <rect
          key={i}
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          fill={s.fill}
          stroke="#999999"
          strokeWidth={0.5}
        />
      ))}
      {layout.lines.map((line, i) =>
        outlines ? (
          <path
            key={i}
            d={textOutline(
              line.weight === 'bold' ? face.bold : face.regular,
              line.text,
              line.x,
              line.y,
              line.size,
            )}
            fill={line.fill}
          >
            <title>{line.text}</title>
          </path>
        ) : (
          <text
            key={i}
            x={line.x}
            y={line.y}
            fontFamily={`'${face.family} Export ${line.weight}', ${face.family}, sans-serif`}
            fontSize={line.size}
            fill={line.fill ?? INK}
          >
            {line.text}
          </text>
        ),
      )}
    </svg>
  );
}
