"""The course in a classroom: `course classroom ...` (the instructor's commands).

* `hub`       a JupyterHub for a small class on one machine: the generated, commented
              jupyterhub_config.py, the students' Unix accounts, start and stop by process id;
* `kernel`    a small client that runs code in a student's kernel over the hub (tests, bench);
* `loadtest`  the sizing benchmark: N students through chapter 1 at once;
* `records`   the instructor's view of the class's exercise checks (CSV and a picture);
* `mirror`    a read-only Hugging Face Hub on the classroom network (hub mode without the
              internet);
* `access`    who can read what: the checks `init` makes before a class can start.

Reached only from the command line (course_utils.cli), lazily, like the model factory: a
learner's `import course_utils` never loads any of it. JupyterHub comes with the
`[classroom]` extra.
"""
