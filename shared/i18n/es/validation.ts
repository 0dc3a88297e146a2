import type { validation as english } from '../en/validation';

/** Por qué se rechazó un valor, para formularios y para errores INVALID_INPUT. */
export const validation: typeof english = {
  notNumber: 'Debe ser un número.',
  portRange:
    'Un puerto es un número entero de 0 a 65535 (16 bits); 0 deja que el sistema lo elija.',
  remotePortRange: 'Un cliente debe indicar un puerto de 1 a 65535.',
  hostEmpty: 'Escribe la dirección o el nombre de la máquina.',
  hostInvalid:
    'Escribe una dirección IPv4 (192.168.1.20), una dirección IPv6 (fe80::1) o un nombre de máquina (lab-pc-07).',
  addressInvalid: 'Escribe una dirección IPv4 (192.168.1.20) o IPv6 (fe80::1).',
  addressRequired: 'Elige en qué dirección local debe esperar el servidor.',
  hexPairs: 'El hexadecimal deben ser parejas de dígitos 0-9 y A-F, como 48 6F 6C 61.',
  notBytes: 'Los datos deben ser bytes.',
  payloadTooLarge: 'Como mucho se puede enviar 1 MiB de una vez.',
  unknownCommand: 'Puerto no tiene ninguna orden con ese nombre.',
  wrongValue: 'El valor tiene un tipo incorrecto o no es una de las opciones permitidas.',
  udpNoConnection:
    'UDP no tiene conexión, así que no hay nada que semicerrar ni reiniciar: deja de enviar, o cierra el flujo.',
};
