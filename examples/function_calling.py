"""Let the model call a Python function: the agentic loop in a few lines.

python examples/function_calling.py
"""

from __future__ import annotations

from typing import Literal

from _common import example_server

from open_responses import Client, tool


@tool
def get_weather(city: str, unit: Literal["C", "F"] = "C") -> str:
    """Current weather for a city.

    Args:
        city: The city name, e.g. "Paris".
        unit: Temperature unit.
    """
    return f"21 degrees {unit} and sunny in {city}"


def main() -> None:
    """Ask something only the tool can answer; run() executes the calls and loops."""
    with example_server() as model, Client() as client:
        # The JSON Schema sent to the server comes from the type hints and docstring.
        print("tool:", get_weather.to_param()["parameters"])
        response = client.responses.run(
            model=model,
            input="Weather in Paris?",  # the model picks get_weather and city="Paris"
            tools=[get_weather],
            max_turns=4,
        )
        for item in response.output:
            print("output item:", item.to_dict()["type"])
        print("answer:", response.output_text)


if __name__ == "__main__":
    main()
