package org.pyvm.modules.asyncio;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Callable;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * The callable a task schedules with call_soon for its next step (with the exception to
 * throw into the coroutine, if any). Compare CPython 3.12 Modules/_asynciomodule.c:
 * TaskStepMethWrapper_call, TaskStepMethWrapper_get___self__.
 */
final class TaskStepWrapper implements PyObject, Callable {

    static final PyType TYPE = Types.finish(Types.builtin("_asyncio", "TaskStepMethWrapper", TaskStepWrapper.class,
        TaskStepWrapper.class)).notSubclassable();

    private final TaskObject task;
    private final PyBaseException arg;

    TaskStepWrapper(TaskObject task, PyBaseException arg) {
        this.task = task;
        this.arg = arg;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("function takes no keyword arguments");
        }
        if (args.length > 0) {
            throw PyErr.typeError("function takes no positional arguments");
        }
        return task.step(arg);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        throw PyErr.typeError("cannot create '_asyncio.TaskStepMethWrapper' instances");
    }

    @ExposedMethod
    static PyObject __call__(TaskStepWrapper self, PyObject[] args, String[] kw) {
        return self.call(args, kw);
    }

    @ExposedGetter
    static PyObject __self__(TaskStepWrapper self) {
        return self.task;
    }
}
