// Danish-looking display names for synthetic caseworkers (no real persons).
import type { Random } from './random';

const firstNames = [
  'Anne', 'Mette', 'Kirsten', 'Hanne', 'Helle', 'Susanne', 'Lene', 'Marianne', 'Camilla', 'Louise',
  'Charlotte', 'Pia', 'Tina', 'Maria', 'Rikke', 'Julie', 'Sofie', 'Ida', 'Emma', 'Laura',
  'Signe', 'Maja', 'Cecilie', 'Line', 'Stine', 'Trine', 'Birgitte', 'Dorte', 'Karina', 'Sara',
  'Nanna', 'Amalie', 'Freja', 'Astrid', 'Malene', 'Nadia', 'Fatima', 'Aisha', 'Zeynep', 'Agnieszka',
  'Peter', 'Jens', 'Lars', 'Michael', 'Henrik', 'Thomas', 'Søren', 'Jan', 'Niels', 'Morten',
  'Martin', 'Anders', 'Rasmus', 'Christian', 'Jesper', 'Mads', 'Jonas', 'Mikkel', 'Frederik', 'Kasper',
  'Jakob', 'Simon', 'Nikolaj', 'Emil', 'Mathias', 'Bo', 'Ole', 'Torben', 'Ali', 'Omar',
];

const middleNames = ['Juul', 'Bach', 'Krogh', 'Skov', 'Dahl', 'Bech', 'Brandt', 'Vind', 'Storm', 'Munk'];

const surnames = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Schmidt', 'Eriksen',
  'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen', 'Vestergaard',
  'Nissen', 'Lauridsen', 'Kjær', 'Jepsen', 'Mogensen', 'Jessen', 'Dam', 'Bruun', 'Friis', 'Ahmed',
  'Yilmaz', 'Nowak', 'Khan', 'Hussain', 'Berg', 'Skov', 'Bak', 'Winther', 'Juhl', 'Lindberg',
];

/** A display name; a few come in the HR system's "Surname, First" form or with a nickname in quotes. */
export function caseworkerName(random: Random): string {
  const first = random.pick(firstNames);
  const middle = random.chance(0.2) ? `${random.pick(middleNames)} ` : '';
  const surname = random.chance(0.12) ? `${random.pick(surnames)}-${random.pick(surnames)}` : random.pick(surnames);
  const form = random.next();
  if (form < 0.015) return `${surname}, ${first}`;
  if (form < 0.025) return `${first} "${random.pick(['Søs', 'Bette', 'Kalle', 'Mulle', 'Putte'])}" ${surname}`;
  return `${first} ${middle}${surname}`;
}
