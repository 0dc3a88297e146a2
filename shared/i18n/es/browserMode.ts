import type { browserMode as english } from '../en/browserMode';

/** Rechazos breves del servidor web del modo navegador. */
export const browserMode: typeof english = {
  unauthorized: 'Acceso denegado: abre exactamente la dirección que mostró Puerto, con su token.',
  forbiddenHost: 'Rechazado: Puerto solo responde a 127.0.0.1 o localhost con su propio puerto.',
  forbiddenOrigin: 'Rechazado: esta conexión no viene de la página de Puerto.',
  notFound: 'No encontrado.',
  badRequest: 'Petición incorrecta.',
  methodNotAllowed: 'Solo se permiten GET y HEAD.',
};
