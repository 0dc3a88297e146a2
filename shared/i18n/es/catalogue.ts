import type { catalogue as english } from '../en/catalogue';

export const catalogue: typeof english = {
  title: 'Puertos bien conocidos',
  intro:
    'Los servicios estándar siempre esperan en el mismo puerto. Los números de TCP y de UDP son independientes, pero para un servicio estándar se suelen reservar los dos aunque use solo uno.',
  search: 'Buscar en el catálogo',
  searchPlaceholder: 'Puerto, servicio, RFC o una palabra: 53, correo, RFC 959…',
  columns: {
    port: 'Puerto',
    transport: 'TCP / UDP',
    service: 'Servicio',
    rfc: 'RFC',
    summary: 'Qué hace',
    action: 'Pruébalo',
  },
  used: '{protocol}: el servicio lo usa.',
  reservedOnly: '{protocol}: reservado para él, pero no se usa.',
  reservedBoth: 'ambos reservados',
  reservedBothHelp:
    'La IANA reserva este número para el servicio en TCP y en UDP, aunque use solo uno.',
  otherService: '{protocol}: {service}',
  otherServiceHelp:
    'En {protocol} el mismo número pertenece a otro servicio: los números de puerto de TCP y UDP son independientes.',
  legend: {
    used: 'las usa el servicio',
    reserved: 'reservados para él, pero sin usar',
    both: 'la IANA reserva el número en TCP y en UDP',
  },
  noRfc: 'ninguno',
  noRfcHelp: 'No es un estándar de Internet, así que ningún RFC lo define.',
  startHere: 'Arrancar un servidor aquí',
  startHereLab: 'Arrancar en {port}',
  startHereHelp:
    'Rellena el formulario de nuevo servidor. El puerto {port} necesita permisos de administrador, así que se usa el puerto de laboratorio {lab}.',
  noMatch: 'Ningún puerto bien conocido coincide con esta búsqueda.',
  count: 'Puertos mostrados: {count}',
};
