"""Every technique, one module each, registered here in display order (cheapest to try first).
A new technique is a new module and one line below."""

from adapters.registry import Registry
from adapters.techniques.chain_of_thought import ChainOfThought
from adapters.techniques.embedding_classifier import EmbeddingClassifier
from adapters.techniques.few_shot import FewShot
from adapters.techniques.full_finetune import FullFinetune
from adapters.techniques.lora import Lora
from adapters.techniques.optimized_prompt import OptimizedPrompt
from adapters.techniques.prompt_tuning import PromptTuning
from adapters.techniques.zero_shot import ZeroShot

REGISTRY = Registry([
    EmbeddingClassifier(),
    ZeroShot(),
    FewShot(),
    OptimizedPrompt(),
    ChainOfThought(),
    PromptTuning(),
    Lora(),
    FullFinetune(),
])

__all__ = ["REGISTRY"]
