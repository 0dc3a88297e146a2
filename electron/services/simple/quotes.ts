/**
 * The quotes of the day: short lines about networks, in English and Spanish, written for
 * Puerto (no one else's words). RFC 865 advises plain ASCII, so the Spanish ones are worded to
 * need no accents.
 */
export const QUOTES: readonly string[] = [
  'A server waits; a client calls. Every conversation on the Internet starts that way.',
  'El servidor espera; el cliente llama. Internet entero funciona de esa manera.',
  'An address finds the machine; a port finds the program.',
  'La IP lleva el paquete hasta el equipo; el puerto lo entrega al programa correcto.',
  'TCP promises order and delivery. UDP promises nothing, and keeps its promise.',
  'TCP promete orden y entrega. UDP no promete nada, y lo cumple.',
  'A socket is one end of a conversation: an address, a port and a protocol.',
  'Un socket es un extremo de la charla: una IP, un puerto y un protocolo.',
  'Every packet that arrives was sent by someone who hoped you were listening.',
  'Cada paquete que llega fue enviado por alguien que esperaba que estuvieras escuchando.',
  'A lost datagram is not a bug in your program: it is the network being honest.',
  'Un datagrama perdido no es un error del programa: es la red siendo sincera.',
];
