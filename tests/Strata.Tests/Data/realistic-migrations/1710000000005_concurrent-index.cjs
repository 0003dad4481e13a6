exports.up = (pgm) => {
  pgm.noTransaction();
  pgm.createIndex('tasks', ['project_id', 'position'], { concurrently: true, name: 'tasks_project_position' });
};

exports.down = (pgm) => {
  pgm.noTransaction();
  pgm.dropIndex('tasks', ['project_id', 'position'], { concurrently: true, name: 'tasks_project_position' });
};
