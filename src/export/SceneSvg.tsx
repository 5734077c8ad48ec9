import { memo, type ReactNode, type Ref, type SVGProps } from 'react';
import type { Scene, SceneShape } from '../map/scene';
import { stylePatterns, type MapPattern, type MapStyle } from '../map/style';
import type { ActorId } from '../model/types';

interface Props extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  readonly scene: Scene;
  /** Called with each state's element, for a painter that updates fills as time moves. */
  readonly register?: (id: ActorId, node: SVGGElement | null) => void;
  /** Makes the pattern ids unique when several maps share a page. */
  readonly idPrefix?: string;
  /** Drawn over the states: selection, highlight outlines, focus. */
  readonly children?: ReactNode;
  /**
   * Makes the shapes controls, for the app's map: each state is a button named by this map
   * (its status is written onto the one that has keyboard focus, see WorldMap), reached by the
   * arrow keys from a single tab stop. Without it the picture is a plain image (exports).
   */
  readonly names?: ReadonlyMap<ActorId, string>;
  /** Everything drawn goes in one group, which a zoom behaviour transforms. */
  readonly layerRef?: Ref<SVGGElement>;
}

/**
 * The map as SVG, from a Scene and nothing else: no store, no effects. Fills, strokes and the
 * hatch are written as attributes from the scene's style, so `renderToStaticMarkup` in Node gives
 * the same picture as the browser, and an exported file needs no stylesheet.
 */
export const SceneSvg = memo(function SceneSvg({
  scene,
  register,
  idPrefix = '',
  children,
  names,
  layerRef,
  ...svgProps
}: Props) {
  const { style } = scene;
  const drawing = (
    <>
      <path
        className="other-land"
        d={scene.otherLand}
        fill={resolveFill(style.noData, idPrefix)}
        stroke={style.border.color}
        strokeWidth={style.border.width}
        vectorEffect="non-scaling-stroke"
      />
      {scene.shapes.map((shape) => (
        <Shape
          key={shape.id}
          shape={shape}
          style={style}
          idPrefix={idPrefix}
          register={register}
          name={names?.get(shape.id)}
        />
      ))}
      {children}
    </>
  );
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      {...svgProps}
    >
      <defs>
        {stylePatterns(style).map((p) => (
          <PatternDef key={p.id} pattern={p} id={`${idPrefix}${p.id}`} />
        ))}
      </defs>
      {layerRef ? (
        <g className="zoom-layer" ref={layerRef}>
          {drawing}
        </g>
      ) : (
        drawing
      )}
    </svg>
  );
});

/** The fill as drawn: the scene names a pattern by the style's id; a prefixed map uses its own. */
export function resolveFill(fill: string, idPrefix: string): string {
  return idPrefix !== '' && fill.startsWith('url(#') ? `url(#${idPrefix}${fill.slice(5)}` : fill;
}

/** One pattern of the style: lines over a background, crossed if it says so. */
export function PatternDef({
  pattern: p,
  id,
}: {
  readonly pattern: MapPattern;
  readonly id: string;
}) {
  return (
    <pattern
      id={id}
      width={p.size}
      height={p.size}
      patternUnits="userSpaceOnUse"
      patternTransform={`rotate(${p.angle ?? 45})`}
    >
      <rect width={p.size} height={p.size} fill={p.background} />
      <line x1="0" y1="0" x2="0" y2={p.size} stroke={p.line} strokeWidth={p.width} />
      {p.cross && <line x1="0" y1="0" x2={p.size} y2="0" stroke={p.line} strokeWidth={p.width} />}
    </pattern>
  );
}

/** Memoised, so drawing an outline over the map (a highlight, the selection) re-renders no shape. */
const Shape = memo(function Shape({
  shape,
  style,
  idPrefix,
  register,
  name,
}: {
  readonly shape: SceneShape;
  readonly style: MapStyle;
  readonly idPrefix: string;
  readonly register: Props['register'];
  readonly name: string | undefined;
}) {
  return (
    <g
      className="state"
      {...(name !== undefined && { role: 'button', tabIndex: -1, 'aria-label': name })}
      data-iso3={shape.id}
      data-level={shape.paint.level}
      data-status={shape.paint.status}
      data-class={shape.paint.cls}
      fill={resolveFill(shape.paint.fill, idPrefix)}
      opacity={shape.dim ? style.dimOpacity : undefined}
      ref={register ? (node) => register(shape.id, node) : undefined}
    >
      {shape.d && (
        <path
          d={shape.d}
          stroke={style.border.color}
          strokeWidth={style.border.width}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {shape.dot && (
        <circle
          className="state-dot"
          cx={shape.dot.x}
          cy={shape.dot.y}
          r={style.dot.radius}
          data-r={name !== undefined ? style.dot.radius : undefined}
          stroke={style.dot.color}
          strokeWidth={style.dot.width}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </g>
  );
});
