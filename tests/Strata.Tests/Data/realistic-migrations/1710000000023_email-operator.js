/* eslint-disable camelcase */

// Emails compare without case: `a =~= b`, backed by a function of its own.
exports.up = (pgm) => {
  pgm.createFunction(
    'email_equals',
    ['text', 'text'],
    { returns: 'boolean', language: 'sql', behavior: 'IMMUTABLE', parallel: 'SAFE' },
    'SELECT lower($1) = lower($2)',
  );
  pgm.createOperator('=~=', {
    procedure: 'email_equals',
    left: 'text',
    right: 'text',
    commutator: '=~=',
    restrict: 'eqsel',
    join: 'eqjoinsel',
  });
};

exports.down = (pgm) => {
  pgm.dropOperator('=~=', { left: 'text', right: 'text', ifExists: true });
  pgm.dropFunction('email_equals', ['text', 'text']);
};
