import { memo, type ReactNode, type Ref, type SVGProps } from 'react';
import type { Scene, SceneShape } from '../map/scene';
import type { MapStyle } from '../map/style';
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
  const hatchId = `${idPrefix}${style.hatch.id}`;
  const drawing = (
    <>
      <path
        className="other-land"
        d={scene.otherLand}
        fill={style.noData}
        stroke={style.border.color}
        strokeWidth={style.border.width}
        vectorEffect="non-scaling-stroke"
      />
      {scene.shapes.map((shape) => (
        <Shape
          key={shape.id}
          shape={shape}
          style={style}
          hatchId={hatchId}
          defaultHatch={style.hatch.id}
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
        <pattern
          id={hatchId}
          width={style.hatch.size}
          height={style.hatch.size}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={style.hatch.size} height={style.hatch.size} fill={style.hatch.background} />
          <line
            x1="0"
            y1="0"
            x2="0"
            y2={style.hatch.size}
            stroke={style.hatch.line}
            strokeWidth={style.hatch.width}
          />
        </pattern>
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

/** The fill as drawn: the scene names its hatch by the style's id; a prefixed map uses its own. */
export function resolveFill(fill: string, defaultHatch: string, hatchId: string): string {
  return fill === `url(#${defaultHatch})` ? `url(#${hatchId})` : fill;
}

function Shape({
  shape,
  style,
  hatchId,
  defaultHatch,
  register,
  name,
}: {
  readonly shape: SceneShape;
  readonly style: MapStyle;
  readonly hatchId: string;
  readonly defaultHatch: string;
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
      fill={resolveFill(shape.paint.fill, defaultHatch, hatchId)}
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
}
