/**
 * The drawing's fixed measures, in viewBox units. The width never changes, so the canvas keeps
 * one scale however many items it holds (legible on a projector); it grows downwards instead.
 */
import type { Protocol } from '../../../shared/contract';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const CANVAS_WIDTH = 1000;
export const MARGIN = 12;

/** This machine, in the middle; the other ends of conversations sit outside it. */
export const MACHINE_X = 260;
export const MACHINE_WIDTH = 480;
export const MACHINE_TOP = MARGIN;
/** Room for the machine's title and the lane headings above the first row. */
export const HEADER_HEIGHT = 72;
export const SECTION_GAP = 20;
export const SECTION_HEADING_HEIGHT = 28;
export const MACHINE_PADDING_BOTTOM = 14;

/** TCP along the machine's left edge, UDP along its right edge: two separate lanes. */
export const LANE_WIDTH = 116;
export const LANE_INSET = 8;

export const TILE_WIDTH = 100;
export const NODE_HEIGHT = 44;
/** One row slot: a node plus the space between it and the next. */
export const SLOT_HEIGHT = 56;

export const CLIENT_WIDTH = 160;
export const PEER_WIDTH = 180;
export const PEER_INSET = 16;

/** How long a closed conversation stays drawn while it fades (issue 3: "fade on close"). */
export const FADE_MS = 2_000;

/** Limits that keep 20 servers and 50 conversations readable; the rest become "+N more". */
export const PEER_CAP_PER_SERVER = 4;
export const PEER_CAP_TOTAL = 24;
export const CLIENT_CAP = 12;
/** An iterative server queues up to 16 clients by default; a few show who waits, the rest count. */
export const WAITING_CAP_PER_SERVER = 4;

export const laneColors: Readonly<Record<Protocol, string>> = {
  tcp: '#2bb3a3',
  udp: '#e0a526',
};

export function laneBox(protocol: Protocol, top: number, bottom: number): Box {
  const x =
    protocol === 'tcp'
      ? MACHINE_X + LANE_INSET
      : MACHINE_X + MACHINE_WIDTH - LANE_INSET - LANE_WIDTH;
  return { x, y: top, width: LANE_WIDTH, height: bottom - top };
}

/** TCP peers on the left of the machine, UDP peers on its right, next to their lane. */
export function peerX(protocol: Protocol): number {
  return protocol === 'tcp' ? PEER_INSET : CANVAS_WIDTH - PEER_INSET - PEER_WIDTH;
}

export function tileX(protocol: Protocol): number {
  return laneBox(protocol, 0, 0).x + (LANE_WIDTH - TILE_WIDTH) / 2;
}

export const CLIENT_X = MACHINE_X + (MACHINE_WIDTH - CLIENT_WIDTH) / 2;

/** The middle of the left or right side of a box. */
export function sideOf(box: Box, side: 'left' | 'right'): Point {
  return { x: side === 'left' ? box.x : box.x + box.width, y: box.y + box.height / 2 };
}

export function center(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A cubic curve that leaves and enters horizontally, so it never cuts into the boxes it joins.
 * `turnX` is where it runs vertically: lines sharing a corridor get different ones.
 */
export interface Curve {
  start: Point;
  control1: Point;
  control2: Point;
  end: Point;
}

export function horizontalCurve(start: Point, end: Point, turnX = (start.x + end.x) / 2): Curve {
  return { start, control1: { x: turnX, y: start.y }, control2: { x: turnX, y: end.y }, end };
}

const round = (value: number) => Math.round(value * 10) / 10;
const pointText = (point: Point) => `${round(point.x)} ${round(point.y)}`;

export function curvePath(curve: Curve): string {
  const { start, control1, control2, end } = curve;
  return `M ${pointText(start)} C ${pointText(control1)}, ${pointText(control2)}, ${pointText(end)}`;
}

const midpoint = (from: Point, to: Point): Point => ({
  x: (from.x + to.x) / 2,
  y: (from.y + to.y) / 2,
});

/** De Casteljau at t = ½: the two halves of a loopback line can be selected separately. */
export function splitCurve(curve: Curve): [Curve, Curve] {
  const a = midpoint(curve.start, curve.control1);
  const b = midpoint(curve.control1, curve.control2);
  const c = midpoint(curve.control2, curve.end);
  const ab = midpoint(a, b);
  const bc = midpoint(b, c);
  const middle = midpoint(ab, bc);
  return [
    { start: curve.start, control1: a, control2: ab, end: middle },
    { start: middle, control1: bc, control2: c, end: curve.end },
  ];
}

/** Long IPv6 addresses keep their start and end, which is what tells two of them apart. */
export function shortenMiddle(text: string, maxCharacters: number): string {
  const characters = [...text];
  if (characters.length <= maxCharacters) return text;
  const keep = maxCharacters - 1;
  const head = Math.ceil(keep / 2);
  return `${characters.slice(0, head).join('')}…${characters.slice(characters.length - (keep - head)).join('')}`;
}
