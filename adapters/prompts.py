"""One prompt format for every technique, so results compare like with like.

    {instruction}

    Input: {input}
    Output: {answer}

("Input" and "Output" are replaced by the task's field names when it has them.)
Few-shot puts demonstrations in the same shape before the query; soft prompts and adapters
see the same text, only the model around it changes. A plain format beats the chat template
for rank classification on small models (measured on SST-2: 70% against 50% zero-shot).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from adapters.data import Example, Task

COT_TRIGGER = "Let's think step by step."
COT_ANSWER = "So the answer is:"


@dataclass(frozen=True)
class PromptFormat:
    instruction: str
    input_prefix: str = "Input: "
    output_prefix: str = "Output:"

    def query(self, text: str) -> str:
        """The prompt for one input, ending right before the answer."""
        return f"{self.input_prefix}{_clean(text)}\n{self.output_prefix}"

    def demo(self, example: Example) -> str:
        return f"{self.query(example.input)} {example.output}\n\n"

    def prompt(self, text: str, demos: list[Example] = ()) -> str:
        return f"{self.instruction}\n\n" + "".join(self.demo(d) for d in demos) + self.query(text)

    def answer(self, output: str) -> str:
        """The target continuation: a leading space, as the answer follows 'Output:'."""
        return " " + output

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def _clean(text: str) -> str:
    return " ".join(text.split())


def with_definitions(instruction: str, descriptions: tuple[tuple[str, str], ...]) -> str:
    """The instruction followed by one line per label the user defined."""
    if not descriptions:
        return instruction
    return instruction + "\n" + "\n".join(f"- {label}: {text}" for label, text in descriptions)


def default_format(task: Task) -> PromptFormat:
    """The task's instruction (with any label definitions) and field names in the shared
    format."""
    return PromptFormat(with_definitions(task.instruction, task.descriptions),
                        f"{task.input_name}: ", f"{task.output_name}:")
