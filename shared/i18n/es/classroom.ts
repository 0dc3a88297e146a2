import type { classroom as english } from '../en/classroom';

export const classroom: typeof english = {
  title: 'Compañeros',
  toggle: 'Buscar compañeros en esta red',
  off: 'Desactivado: Puerto no anuncia nada ni escucha a nadie. Actívalo para ver a los compañeros de esta red y los servidores que ejecutan.',
  nickname: 'Tu apodo',
  nicknamePlaceholder: 'El nombre de tu máquina, si lo dejas vacío',
  nicknameHelp: 'Lo que tus compañeros ven en su lista. Se guarda en tu espacio de trabajo.',
  badge: 'Descubrimiento activo',
  badgeHelp:
    'Descubrimiento activo: tus servidores se anuncian a los compañeros de esta red. Desactívalo en el panel Compañeros.',
  on: {
    title: 'Descubrimiento activo — tus servidores se anuncian',
    sent: 'Más o menos una vez por segundo Puerto envía un pequeño datagrama UDP a udp/{port} en esta red: tu apodo ({nickname}), el nombre y las direcciones de esta máquina y los servidores que ejecutas (protocolo, puerto y comportamiento).',
    safe: 'Lo que Puerto oye es solo información: nada que envíe un compañero puede iniciar, detener ni cambiar nada en esta máquina.',
    startsOff: 'El descubrimiento siempre está desactivado cuando Puerto arranca.',
  },
  peers: {
    title: 'Oídos en esta red ({count})',
    heardFrom: 'te llegó desde {address}',
    heardAgo: 'oído hace {seconds} s',
    noServers: 'Ahora no ejecuta ningún servidor.',
    connect: 'Conectar',
    connectHelp:
      'Abre un cliente hacia {address} puerto {port} ({protocol}). Tu máquina elige un puerto efímero para él.',
    test: 'Probar',
    testHelp: 'Comprueba si se puede llegar a este servidor desde aquí, sin abrir un cliente.',
  },
  empty: {
    title: 'Aún no se ha oído a ningún compañero. Comprueba que:',
    sameNetwork:
      'estáis en la misma red (la misma aula o la misma wifi): los anuncios no atraviesan routers;',
    partnerOn: 'tu compañero también ha activado «Buscar compañeros en esta red»;',
    firewall:
      'ningún cortafuegos descarta el puerto UDP {port} (udp/{port}) en ninguna de las dos máquinas: debe dejar que Puerto reciba datagramas en él.',
  },
  ignored: 'Anuncios ignorados: {malformed} mal formados, {oversized} demasiado grandes',
  ignoredHelp:
    'Datagramas que llegaron a udp/{port} pero no eran un anuncio válido de Puerto. Se descartaron y se contaron; nunca se les hizo caso.',
  traffic: 'Anuncios enviados: {sent} · oídos: {heard}',
  failed: 'El descubrimiento no funciona',
};
